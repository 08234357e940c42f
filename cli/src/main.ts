// The `crm` command. Commands are thin: they parse options, read files, call the core
// (@crm/shared) and write outputs. Adding a command is one file plus one line below.
import { Command } from 'commander';
import { ZodError } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import { classifyCommand } from './commands/classify.ts';
import { cleanCommand } from './commands/clean.ts';
import { clvCommand } from './commands/clv.ts';
import { demoCommand } from './commands/demo.ts';
import { extractCommand } from './commands/extract.ts';
import { followupsCommand } from './commands/followups.ts';
import { reportCommand } from './commands/report.ts';
import { CliError } from './support/CliError.ts';

const program = new Command('crm')
  .description(
    'Customer-management toolkit: clean, classify, plan follow-ups, predict CLV and report on a customer table (.xlsx or .csv).',
  )
  .version(packageJson.version)
  .showHelpAfterError('(add --help for usage)')
  .addCommand(cleanCommand())
  .addCommand(classifyCommand())
  .addCommand(followupsCommand())
  .addCommand(reportCommand())
  .addCommand(clvCommand())
  .addCommand(extractCommand())
  .addCommand(demoCommand());

// addCommand does not pass settings down (only .command() does).
for (const command of program.commands) command.showHelpAfterError('(add --help for usage)');

// `crm … | head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

function reportError(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`crm: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof ZodError) {
    const problems = error.issues.map(
      (issue) => `  ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
    );
    process.stderr.write(`crm: invalid input:\n${problems.join('\n')}\n`);
    return 1;
  }
  // A bug, not bad input: say so, and show where with CRM_DEBUG=1.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`crm: unexpected error: ${message}\n`);
  if (process.env.CRM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('(set CRM_DEBUG=1 for details)\n');
  return 70;
}
