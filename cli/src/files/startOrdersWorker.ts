// Imported first by main.ts, so that this runs before the rest of the CLI is evaluated (an ES
// module's imports are evaluated in order, before its own code): see earlyOrdersWorker.ts.
import { startOrdersWorkerEarly } from './earlyOrdersWorker.ts';

startOrdersWorkerEarly(process.argv.slice(2));
