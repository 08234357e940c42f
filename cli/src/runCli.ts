import { Command } from 'commander';
import { ZodError } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import { CliError } from './support/CliError.ts';
import { terminalText } from './support/terminalText.ts';
import { languageFromArgv } from './texts/cliLanguage.ts';
import { setCliLanguage, t } from './texts/currentTexts.ts';

/**
 * Runs `crm` with `commands` on this process's command line: the CLI of main.ts, which has them
 * all, or of a bundle built for one command (see build.mjs).
 */
export function runCli(commands: readonly (() => Command)[]): void {
  // --help is printed before options are parsed, so its language comes from the command line.
  const early = languageFromArgv(process.argv);
  if (early) setCliLanguage(early);

  const program = new Command('crm')
    .description(t().commands.program)
    .version(packageJson.version)
    .showHelpAfterError(t().errors.helpAfterError);
  // addCommand does not pass settings down (only .command() does).
  for (const command of commands) program.addCommand(command().showHelpAfterError(t().errors.helpAfterError));

  // `crm … | head` closes stdout early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  // A promise rather than a top-level await: the bundle is CommonJS (see launch/compileCache.ts).
  program.parseAsync(process.argv).catch((error: unknown) => {
    process.exitCode = reportError(error);
  });
}

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
