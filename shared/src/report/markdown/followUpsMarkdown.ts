import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, PRIORITY_LABELS } from '../../i18n/labels.ts';
import { type RenderContext, taskCustomer } from '../renderContext.ts';
import { markdownTable, escapeMarkdown as md } from './markdownParts.ts';

/** Follow-up counts and the most pressing tasks. */
export function followUpsMd(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const f = model.followUps;
  const lang = model.language;
  if (f.total === 0) return `## ${md(t.followUpsHeading)}\n\n${md(t.noTasks)}`;
  const summary = markdownTable(
    [t.metric, t.count],
    [
      [t.tasksTotal, fmt.count(f.total)],
      [t.overdue, fmt.count(f.overdue)],
      [t.escalated, fmt.count(f.escalated)],
      [t.dueThisWeek, fmt.count(f.dueThisWeek)],
      [t.doneTasks, fmt.count(f.done)],
      [
        `${t.deferredTasks} (${t.deferredNote(model.plan.dailyCapacity, model.plan.horizonDays)})`,
        fmt.count(f.deferred),
      ],
    ],
    [1],
  );
  const notes: string[] = [];
  if (f.batches > 0) notes.push(t.batchesNote(fmt.count(f.batches), fmt.count(f.batchCustomers)));
  if (f.busiestDay !== null) {
    const b = f.busiestDay;
    notes.push(t.busiestDay(b.owner ?? t.unassigned, b.due, fmt.count(b.tasks), model.plan.dailyCapacity));
  }
  const byKind = markdownTable(
    [t.kind, t.count],
    f.byKind.map((k) => [k.label, fmt.count(k.count)]),
    [1],
  );
  const byPriority = markdownTable(
    [t.priority, t.count],
    f.byPriority.map((p) => [p.label, fmt.count(p.count)]),
    [1],
  );
  const top = markdownTable(
    [t.due, t.customer, t.owner, t.kind, t.priority, t.channel, t.reason],
    f.top.map((task) => {
      const who = taskCustomer(ctx, task);
      const flags = [
        task.overdueDays > 0 ? t.overdueDays(task.overdueDays) : '',
        task.escalate ? t.escalatedTag : '',
      ]
        .filter((x) => x !== '')
        .join(', ');
      return [
        flags === '' ? task.due : `${task.due} (${flags})`,
        who.secondary === '' ? who.primary : `${who.primary} (${who.secondary})`,
        task.owner ?? '',
        FOLLOW_UP_KIND_LABELS[task.kind][lang],
        PRIORITY_LABELS[task.priority][lang],
        CHANNEL_LABELS[task.channel][lang],
        task.reason,
      ];
    }),
  );
  return (
    `## ${md(t.followUpsHeading)}\n\n${summary}\n\n${notes.map((n) => `${md(n)}\n\n`).join('')}### ${md(t.byKind)}\n\n${byKind}\n\n` +
    `### ${md(t.byPriority)}\n\n${byPriority}\n\n### ${md(t.topTasks(f.top.length))}\n\n${top}`
  );
}
