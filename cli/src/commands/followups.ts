import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, followUpsTable, label, PRIORITY_LABELS } from '@crm/shared';
import { Command } from 'commander';
import { writeTableFile } from '../files/writeTableFile.ts';
import { runSpreadsheetJob } from '../google/spreadsheetJobs.ts';
import { withInputOptions } from '../support/inputOptions.ts';
import { type InputOptions, loadAnalysis } from '../support/loadAnalysis.ts';
import { printJson, say } from '../support/output.ts';

interface FollowUpsOptions extends InputOptions {
  out?: string;
  json?: boolean;
  limit: string;
  clv: boolean;
}

/** `crm followups`: who to contact, when, why, how, and what to say. */
export function followupsCommand(): Command {
  return withInputOptions(
    new Command('followups').description(
      'Plan follow-ups: revisits per segment, post-purchase check-ins, birthdays, holidays, complaints and surveys.',
    ),
  )
    .option('--out <file>', 'write the tasks to a .csv or .xlsx file')
    .option('--json', 'print only JSON on stdout: {"today","followUps":[…]}')
    .option('--limit <n>', 'tasks to print (the file and JSON always hold all of them)', '30')
    .option('--no-clv', 'skip the BG/NBD churn prediction (no CLV-based win-back tasks)')
    .action(async (options: FollowUpsOptions) => {
      if (options.spreadsheet !== undefined) {
        await runSpreadsheetJob('followups', { ...options, spreadsheet: options.spreadsheet });
        return;
      }
      const json = options.json === true;
      const { analysis, language } = await loadAnalysis(options, { clv: options.clv });
      const tasks = analysis.followUps;
      if (options.out !== undefined) {
        await writeTableFile(options.out, followUpsTable(tasks, language), { sheetName: 'Follow-ups' });
      }
      if (json) {
        printJson({ today: analysis.today, followUps: tasks });
        if (options.out !== undefined) say(`wrote ${options.out}`, true);
        return;
      }
      const overdue = tasks.filter((task) => task.overdueDays > 0).length;
      say(`${tasks.length} follow-ups as of ${analysis.today} (${overdue} overdue)`);
      const limit = Math.max(0, Number.parseInt(options.limit, 10) || 0);
      for (const task of tasks.slice(0, limit)) {
        const who = [task.customerName, task.customerId && `(${task.customerId})`].filter(Boolean).join(' ');
        const flag = task.escalate ? ' !' : task.overdueDays > 0 ? ` +${task.overdueDays}d` : '';
        say(
          `  ${task.due}${flag}  ${label(PRIORITY_LABELS, task.priority, language)}  ${label(FOLLOW_UP_KIND_LABELS, task.kind, language)}  ${who || `row ${task.customerRow}`}  ${label(CHANNEL_LABELS, task.channel, language)}  ${task.reason}`,
        );
      }
      if (tasks.length > limit) say(`  … and ${tasks.length - limit} more (use --out FILE or --json)`);
      if (options.out !== undefined) say(`wrote ${options.out}`);
    });
}
