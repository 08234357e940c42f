import type { RenderContext } from '../renderContext.ts';
import {
  duplicateGroupsTable,
  issueExamplesTable,
  issuesByKindTable,
  topColumnsTable,
} from '../reportTables.ts';
import { h3, kpiCard, paragraph, section, textTableHtml } from './htmlParts.ts';

/** Data quality: what the parser and the cleaning review found, with examples to fix. */
export function dataQualityHtml(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
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
  parts.push(`<div class="card">${h3(t.issuesByKind)}${textTableHtml(issuesByKindTable(ctx))}</div>`);
  parts.push(`<div class="card">${h3(t.topColumns)}${textTableHtml(topColumnsTable(ctx))}</div></div>`);
  if (q.duplicateExamples.length > 0) {
    parts.push(h3(t.duplicateGroups));
    parts.push(textTableHtml(duplicateGroupsTable(ctx)));
  }
  if (q.issueExamples.length > 0) {
    parts.push(h3(t.exampleIssues));
    parts.push(textTableHtml(issueExamplesTable(ctx)));
  }
  return section('quality', t.qualityHeading, parts.join(''));
}
