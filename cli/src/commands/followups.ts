import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, label, PRIORITY_LABELS } from '@crm/shared';
import { Command } from 'commander';
import { refuseOutputOverInput } from '../files/outputGuard.ts';
import { writeTableFile } from '../files/writeTableFile.ts';
import { type JobOptions, jobInputs, withJobOptions } from '../jobs/jobOptions.ts';
import { runCliJob } from '../jobs/runCliJob.ts';
import { loadConfig } from '../support/loadConfig.ts';
import { printJson, say } from '../support/output.ts';
import { cliLanguage, t } from '../texts/currentTexts.ts';

interface FollowUpsOptions extends JobOptions {
  out?: string;
  json?: boolean;
  limit: string;
  clv: boolean;
}

/** `crm followups`: who to contact, when, why, how, and what to say. */
export function followupsCommand(): Command {
  const help = t().commands.followups;
  return withJobOptions(new Command('followups').description(help.description))
    .option('--out <file>', help.out)
    .option('--json', help.json)
    .option('--limit <n>', help.limit, '30')
    .option('--no-clv', help.noClv)
    .action(async (options: FollowUpsOptions) => {
      if (options.out !== undefined && options.spreadsheet === undefined) {
        await loadConfig(options);
        await refuseOutputOverInput(options.out, jobInputs(options));
      }
      const { output, sources, wrote } = await runCliJob('followups', options, {
        clv: options.clv,
        ...(options.out === undefined ? {} : { previousPlan: options.out }),
      });
      const json = options.json === true;
      const tasks = output.analysis.followUps;
      const text = t().summaries;
      if (!wrote && output.sheet && options.out !== undefined) {
        await writeTableFile(options.out, output.sheet.table, { sheetName: output.sheet.name });
      }
      const written = wrote ?? (options.out === undefined ? null : text.wrote(options.out));
      say(text.sources(sources), json);
      if (json) {
        printJson({ today: output.analysis.today, followUps: tasks });
        if (written) say(written, true);
        return;
      }
      const language = cliLanguage();
      const overdue = tasks.filter((task) => task.overdueDays > 0).length;
      say(text.followUps(tasks.length, output.analysis.today, overdue));
      const limit = Math.max(0, Number.parseInt(options.limit, 10) || 0);
      for (const task of tasks.slice(0, limit)) {
        const who = [task.customerName, task.customerId && `(${task.customerId})`].filter(Boolean).join(' ');
        const flag = task.escalate ? ' !' : task.overdueDays > 0 ? ` +${task.overdueDays}d` : '';
        say(
          `  ${task.due}${flag}  ${label(PRIORITY_LABELS, task.priority, language)}  ${label(FOLLOW_UP_KIND_LABELS, task.kind, language)}  ${who || text.row(task.customerRow)}  ${label(CHANNEL_LABELS, task.channel, language)}  ${task.reason}`,
        );
      }
      if (tasks.length > limit) say(`  ${text.moreTasks(tasks.length - limit)}`);
      if (written) say(written);
    });
}
