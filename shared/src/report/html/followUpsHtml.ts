import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, PRIORITY_LABELS } from '../../i18n/labels.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { type RenderContext, taskCustomer } from '../renderContext.ts';
import { h3, htmlTable, kpiCard, paragraph, raw, section } from './htmlParts.ts';

/** Follow-ups due: counts, by kind and priority, and the most pressing tasks. */
export function followUpsHtml(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const f = model.followUps;
  const lang = model.language;
  if (f.total === 0) return section('followups', t.followUpsHeading, paragraph(t.noTasks, 'empty'));
  const cards =
    `<div class="kpi-grid">` +
    kpiCard('tasks', t.tasksTotal, fmt.count(f.total), '') +
    kpiCard('overdue', t.overdue, fmt.count(f.overdue), '', f.overdue > 0 ? 'bad' : '') +
    kpiCard('escalated', t.escalated, fmt.count(f.escalated), '', f.escalated > 0 ? 'bad' : '') +
    kpiCard('due-week', t.dueThisWeek, fmt.count(f.dueThisWeek), '') +
    kpiCard('done', t.doneTasks, fmt.count(f.done), '', f.done > 0 ? 'good' : '') +
    kpiCard(
      'deferred',
      t.deferredTasks,
      fmt.count(f.deferred),
      t.deferredNote(model.plan.dailyCapacity, model.plan.horizonDays),
      f.deferred > 0 ? 'warn' : '',
    ) +
    '</div>' +
    capacityNotes(ctx);
  const byKind = htmlTable(
    [t.kind, t.count],
    f.byKind.map((k) => [k.label, fmt.count(k.count)]),
    { numeric: [1] },
  );
  const byPriority = htmlTable(
    [t.priority, t.count],
    f.byPriority.map((p) => [raw(priorityBadge(p.priority, p.label)), fmt.count(p.count)]),
    { numeric: [1] },
  );
  const top = htmlTable(
    [t.due, t.customer, t.owner, t.kind, t.priority, t.channel, t.reason],
    f.top.map((task) => {
      const who = taskCustomer(ctx, task);
      const late =
        task.overdueDays > 0
          ? `<span class="badge bad">${escapeHtml(t.overdueDays(task.overdueDays))}</span>`
          : '';
      const escalated = task.escalate ? `<span class="badge bad">${escapeHtml(t.escalatedTag)}</span>` : '';
      return [
        raw(`<span class="nowrap">${escapeHtml(task.due)}</span>${late}${escalated}`),
        raw(
          `<span class="who">${escapeHtml(who.primary)}</span>` +
            (who.secondary === '' ? '' : `<span class="sub">${escapeHtml(who.secondary)}</span>`),
        ),
        task.owner ?? '',
        FOLLOW_UP_KIND_LABELS[task.kind][lang],
        raw(priorityBadge(task.priority, PRIORITY_LABELS[task.priority][lang])),
        CHANNEL_LABELS[task.channel][lang],
        task.reason,
      ];
    }),
    { cls: 'tasks' },
  );
  return section(
    'followups',
    t.followUpsHeading,
    `${cards}<div class="chart-pair small"><div class="card">${h3(t.byKind)}${byKind}</div>` +
      `<div class="card">${h3(t.byPriority)}${byPriority}</div></div>${h3(t.topTasks(f.top.length))}${top}`,
  );
}

function priorityBadge(priority: string, text: string): string {
  return `<span class="badge prio-${priority}">${escapeHtml(text)}</span>`;
}

/** Batches of mass care and the busiest owner-day, against the daily capacity. */
function capacityNotes({ model, t, fmt }: RenderContext): string {
  const f = model.followUps;
  const notes: string[] = [];
  if (f.batches > 0) notes.push(t.batchesNote(fmt.count(f.batches), fmt.count(f.batchCustomers)));
  if (f.busiestDay !== null) {
    const b = f.busiestDay;
    notes.push(t.busiestDay(b.owner ?? t.unassigned, b.due, fmt.count(b.tasks), model.plan.dailyCapacity));
  }
  return notes.map((n) => paragraph(n, 'note')).join('');
}
