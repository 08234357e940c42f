// Plasmo entry for the MV3 service worker: a thin shell, all logic is in src/.
import { startWorker } from './worker/startWorker.ts';

startWorker();
