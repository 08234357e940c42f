// The `crm` command. Commands are thin: they parse options, run a job of the core's job layer
// (@crm/shared) on files or a Google Sheet, and write its output. Adding a command is one file
// plus one line below. Texts come from one catalogue in the run's language (texts/cliTexts.ts).
// First, before the rest of the CLI is evaluated: a large orders file's thread starts meanwhile.
import './files/startOrdersWorker.ts';
import { Command } from 'commander';
import { ZodError } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import { classifyCommand } from './commands/classify.ts';
import { cleanCommand } from './commands/clean.ts';
import { clvCommand } from './commands/clv.ts';
import { demoCommand } from './commands/demo.ts';
import { extractCommand } from './commands/extract.ts';
import { followupsCommand } from './commands/followups.ts';
import { personCommand } from './commands/person.ts';
import { reportCommand } from './commands/report.ts';
import { CliError } from './support/CliError.ts';
import { terminalText } from './support/terminalText.ts';
import { languageFromArgv } from './texts/cliLanguage.ts';
import { setCliLanguage, t } from './texts/currentTexts.ts';

// --help is printed before options are parsed, so its language comes from the command line.
const early = languageFromArgv(process.argv);
if (early) setCliLanguage(early);

const program = new Command('crm')
  .description(t().commands.program)
  .version(packageJson.version)
  .showHelpAfterError(t().errors.helpAfterError)
  .addCommand(cleanCommand())
  .addCommand(classifyCommand())
  .addCommand(followupsCommand())
  .addCommand(reportCommand())
  .addCommand(clvCommand())
  .addCommand(extractCommand())
  .addCommand(personCommand())
  .addCommand(demoCommand());

// addCommand does not pass settings down (only .command() does).
for (const command of program.commands) command.showHelpAfterError(t().errors.helpAfterError);

// `crm … | head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// A promise rather than a top-level await: the bundle is CommonJS (see launch/compileCache.ts).
program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportError(error);
});

function reportError(error: unknown): number {
  // Messages quote file names, headers and cells: printed without their escape sequences.
  if (error instanceof CliError) {
    process.stderr.write(`crm: ${terminalText(error.message)}\n`);
    return error.exitCode;
  }
  if (error instanceof ZodError) {
    const problems = error.issues.map(
      (issue) => `  ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
    );
    process.stderr.write(`crm: ${t().errors.invalidInput}\n${terminalText(problems.join('\n'))}\n`);
    return 1;
  }
  // A bug, not bad input: say so, and show where with CRM_DEBUG=1.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`crm: ${terminalText(t().errors.unexpected(message))}\n`);
  if (process.env.CRM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write(`${t().errors.debugHint}\n`);
  return 70;
}
