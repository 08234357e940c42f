import { escapeHtml } from '../escapeHtml.ts';
import type { RenderContext } from '../renderContext.ts';
import { cohortTable } from '../sectionTables.ts';
import { paragraph, section } from './htmlParts.ts';

/** Cohort retention as a heat table: the darker the cell, the larger the share buying again. */
export function cohortsHtml(ctx: RenderContext): string {
  const { model, t } = ctx;
  const cohorts = model.cohorts;
  if (cohorts === null) return section('cohorts', t.cohortsHeading, paragraph(t.noCohorts, 'empty'));
  const table = cohortTable(ctx);
  const head = table.header
    .map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = table.rows
    .map((row, r) => {
      const shares = cohorts[r]?.retention ?? [];
      const cells = row.map((text, i) => {
        if (i < 2) return `<td${i === 1 ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
        const share = shares[i - 2];
        if (text === '' || share === undefined) return '<td class="num heat-none"></td>';
        // Opacity grows with the share; a tenth of the cohort back already reads as a solid cell.
        const alpha = Math.min(1, 0.08 + share * 2.2);
        const ink = alpha >= 0.55 ? ' ink' : '';
        return `<td class="num heat${ink}" style="background:rgba(36,64,122,${alpha.toFixed(2)})">${escapeHtml(text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return section(
    'cohorts',
    t.cohortsHeading,
    `<div class="table-wrap"><table class="data cohorts compact"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`,
    t.cohortsIntro,
  );
}
