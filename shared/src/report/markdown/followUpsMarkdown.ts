import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, PRIORITY_LABELS } from '../../i18n/labels.ts';
import { customerDisplay, type RenderContext } from '../renderContext.ts';
import { markdownTable, escapeMarkdown as md } from './markdownParts.ts';

/** Follow-up counts and the most pressing tasks. */
export function followUpsMd({ model, t, fmt }: RenderContext): string {
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
    ],
    [1],
  );
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
      const who = customerDisplay(task.customerName, task.customerId, task.customerRow, t);
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
    `## ${md(t.followUpsHeading)}\n\n${summary}\n\n### ${md(t.byKind)}\n\n${byKind}\n\n` +
    `### ${md(t.byPriority)}\n\n${byPriority}\n\n### ${md(t.topTasks(f.top.length))}\n\n${top}`
  );
}
