import { SEGMENT_LABELS } from '../../i18n/labels.ts';
import { SEGMENTS, type Segment } from '../../model/keys.ts';
import { escapeHtml } from '../escapeHtml.ts';
import type { RenderContext } from '../renderContext.ts';
import type { MigrationSection } from '../reportSections.ts';
import { migrationHighlightsTable } from '../sectionTables.ts';
import { h3, paragraph, section, textTableHtml } from './htmlParts.ts';

/**
 * Segment migration: the from × to matrix (only segments with customers, every customer in one
 * cell; diagonal grey, moves down red, moves up green) and the cells to act on with their names.
 */
export function migrationHtml(ctx: RenderContext): string {
  const { model, t } = ctx;
  const m = model.migration;
  if (m === null) return section('migration', t.migrationHeading, paragraph(t.noMigration, 'empty'));
  const highlights =
    m.highlights.length === 0
      ? paragraph(t.noMigrationMoves, 'empty')
      : textTableHtml(migrationHighlightsTable(ctx), 'moves');
  return section(
    'migration',
    t.migrationHeading,
    `<div class="card">${matrixHtml(ctx, m)}</div>${h3(t.migrationHighlights)}${highlights}`,
    t.migrationIntro(m.from, m.to),
  );
}

function matrixHtml(ctx: RenderContext, m: MigrationSection): string {
  const { model, t, fmt } = ctx;
  const lang = model.language;
  const present = (side: 'from' | 'to') => SEGMENTS.filter((s) => m.matrix.some((c) => c[side] === s));
  const rows = present('from');
  const columns = present('to');
  const count = new Map(m.matrix.map((c) => [`${c.from}>${c.to}`, c.customers]));
  const direction = new Map(m.highlights.map((h) => [`${h.from}>${h.to}`, h.direction]));
  const label = (s: Segment) => escapeHtml(SEGMENT_LABELS[s][lang]);
  const head =
    `<tr><th scope="col" class="corner">${escapeHtml(t.segmentThen(m.from))} ↓ · ${escapeHtml(t.segmentNow)} →</th>` +
    columns.map((s) => `<th scope="col" class="num">${label(s)}</th>`).join('') +
    '</tr>';
  const body = rows
    .map((from) => {
      const cells = columns.map((to) => {
        const n = count.get(`${from}>${to}`) ?? 0;
        const cls = from === to ? 'stay' : (direction.get(`${from}>${to}`) ?? 'move');
        return `<td class="num cell-${n === 0 ? 'empty' : cls}">${n === 0 ? '' : fmt.count(n)}</td>`;
      });
      return `<tr><th scope="row">${label(from)}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<div class="table-wrap"><table class="data matrix"><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}
