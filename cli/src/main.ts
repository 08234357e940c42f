// The `crm` command. Commands are thin: they parse options, run a job of the core's job layer
// (@crm/shared) on files or a Google Sheet, and write its output. Adding a command is one file
// plus one line below. Texts come from one catalogue in the run's language (texts/cliTexts.ts).
// The build also makes a bundle of each command alone from these lines (see build.mjs).
// First, before the rest of the CLI is evaluated: a large orders file's thread starts meanwhile.
import './files/startOrdersWorker.ts';
import { classifyCommand } from './commands/classify.ts';
import { cleanCommand } from './commands/clean.ts';
import { clvCommand } from './commands/clv.ts';
import { demoCommand } from './commands/demo.ts';
import { extractCommand } from './commands/extract.ts';
import { followupsCommand } from './commands/followups.ts';
import { personCommand } from './commands/person.ts';
import { reportCommand } from './commands/report.ts';
import { runCli } from './runCli.ts';

runCli([
  cleanCommand,
  classifyCommand,
  followupsCommand,
  reportCommand,
  clvCommand,
  extractCommand,
  personCommand,
  demoCommand,
]);
