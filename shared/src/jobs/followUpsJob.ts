import { followUpsTable } from '../pipeline/followUpsTable.ts';
import { followUpsSheetLayout } from '../sheets/followUpsSheetLayout.ts';
import type { JobDefinition } from './jobDefinition.ts';
import { JOB_TEXTS } from './jobTexts.ts';
import { outputSheetNames } from './outputSheetNames.ts';

/** Follow-ups: the 跟进任务 / Follow-ups sheet of due and overdue tasks with their messages. */
export const followUpsJob: JobDefinition = {
  usesClv: true,
  produce(analysis, request) {
    const language = analysis.config.language;
    const open = analysis.followUps;
    const names = outputSheetNames('followUps', language, analysis.today, request.sheetNames);
    // Done tasks stay listed (their marks survive the rewrite) but are not work to do.
    const tasks = [...open, ...analysis.doneFollowUps];
    const overdue = open.filter((t) => t.overdueDays > 0).length;
    return {
      managedColumns: null,
      sheet: {
        role: 'followUps',
        ...names,
        layout: followUpsSheetLayout(tasks, language, analysis.today),
        table: followUpsTable(tasks, language),
      },
      report: null,
      figures: {
        tasks: open.length,
        overdue,
        done: analysis.doneFollowUps.length,
        deferred: analysis.deferredFollowUps,
      },
      message: JOB_TEXTS[language].done.followups(open.length, overdue, names.name),
    };
  },
};
