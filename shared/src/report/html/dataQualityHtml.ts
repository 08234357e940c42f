import type { RenderContext } from '../renderContext.ts';
import { h3, htmlTable, kpiCard, paragraph, section } from './htmlParts.ts';

/** Data quality: what the parser and the cleaning review found, with examples to fix. */
export function dataQualityHtml({ model, t, fmt }: RenderContext): string {
  const q = model.dataQuality;
  const cards =
    '<div class="kpi-grid dense">' +
    kpiCard('rows-checked', t.rowsChecked, fmt.count(q.rows), '') +
    kpiCard('issues', t.issuesFound, fmt.count(q.issues), '', q.issues > 0 ? 'warn' : 'good') +
    kpiCard('exact-duplicates', t.exactDuplicates, fmt.count(q.exactDuplicateGroups), '') +
    kpiCard('likely-duplicates', t.likelyDuplicates, fmt.count(q.likelyDuplicateGroups), '') +
    kpiCard('rows-missing', t.rowsWithMissing, fmt.count(q.rowsWithMissing), '') +
    kpiCard('invalid', t.invalidCells, fmt.count(q.invalidCells), '') +
    '</div>';
  if (q.issues === 0 && q.duplicateExamples.length === 0 && q.topColumns.length === 0) {
    return section('quality', t.qualityHeading, cards + paragraph(t.noIssues, 'empty'));
  }
  const parts = [cards, '<div class="chart-pair small">'];
  parts.push(
    `<div class="card">${h3(t.issuesByKind)}${htmlTable(
      [t.kind, t.count],
      q.byKind.map((k) => [k.label, fmt.count(k.count)]),
      { numeric: [1] },
    )}</div>`,
  );
  parts.push(
    `<div class="card">${h3(t.topColumns)}${htmlTable(
      [t.table, t.column, t.count],
      q.topColumns.map((c) => [t.tableName(c.table), c.column, fmt.count(c.count)]),
      { numeric: [2] },
    )}</div></div>`,
  );
  if (q.duplicateExamples.length > 0) {
    parts.push(h3(t.duplicateGroups));
    parts.push(
      htmlTable(
        [t.kind, t.matchedOn, t.rows, t.names, t.survivor, t.similarity],
        q.duplicateExamples.map((d) => [
          t.duplicateKind(d.kind),
          d.matchedOn,
          d.rows.join(', '),
          d.names.map((n) => n ?? '—').join(' / '),
          String(d.survivorRow),
          fmt.percent(d.similarity),
        ]),
        { numeric: [4, 5] },
      ),
    );
  }
  if (q.issueExamples.length > 0) {
    parts.push(h3(t.exampleIssues));
    parts.push(
      htmlTable(
        [t.table, t.row, t.column, t.value, t.message],
        q.issueExamples.map((i) => [t.tableName(i.table), String(i.row), i.column, i.value, i.message]),
        { numeric: [1] },
      ),
    );
  }
  return section('quality', t.qualityHeading, parts.join(''));
}
