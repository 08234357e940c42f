import type { RenderContext } from '../renderContext.ts';
import { markdownTable, escapeMarkdown as md } from './markdownParts.ts';

/** Data-quality counts and examples. */
export function dataQualityMd({ model, t, fmt }: RenderContext): string {
  const q = model.dataQuality;
  const parts = [
    `## ${md(t.qualityHeading)}`,
    markdownTable(
      [t.metric, t.count],
      [
        [t.rowsChecked, fmt.count(q.rows)],
        [t.issuesFound, fmt.count(q.issues)],
        [t.exactDuplicates, fmt.count(q.exactDuplicateGroups)],
        [t.likelyDuplicates, fmt.count(q.likelyDuplicateGroups)],
        [t.rowsWithMissing, fmt.count(q.rowsWithMissing)],
        [t.invalidCells, fmt.count(q.invalidCells)],
      ],
      [1],
    ),
  ];
  if (q.byKind.length > 0) {
    parts.push(
      `### ${md(t.issuesByKind)}`,
      markdownTable(
        [t.kind, t.count],
        q.byKind.map((k) => [k.label, fmt.count(k.count)]),
        [1],
      ),
    );
  }
  if (q.topColumns.length > 0) {
    parts.push(
      `### ${md(t.topColumns)}`,
      markdownTable(
        [t.table, t.column, t.count],
        q.topColumns.map((c) => [t.tableName(c.table), c.column, fmt.count(c.count)]),
        [2],
      ),
    );
  }
  if (q.duplicateExamples.length > 0) {
    parts.push(
      `### ${md(t.duplicateGroups)}`,
      markdownTable(
        [t.kind, t.matchedOn, t.rows, t.names, t.survivor, t.similarity],
        q.duplicateExamples.map((d) => [
          t.duplicateKind(d.kind),
          d.matchedOn,
          d.rows.join(', '),
          d.names.map((n) => n ?? '—').join(' / '),
          String(d.survivorRow),
          fmt.percent(d.similarity),
        ]),
        [4, 5],
      ),
    );
  }
  if (q.issueExamples.length > 0) {
    parts.push(
      `### ${md(t.exampleIssues)}`,
      markdownTable(
        [t.table, t.row, t.column, t.value, t.message],
        q.issueExamples.map((i) => [t.tableName(i.table), String(i.row), i.column, i.value, i.message]),
        [1],
      ),
    );
  }
  if (q.issues === 0 && q.duplicateExamples.length === 0) parts.push(md(t.noIssues));
  return parts.join('\n\n');
}
