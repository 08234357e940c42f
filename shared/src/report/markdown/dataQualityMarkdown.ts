import type { RenderContext } from '../renderContext.ts';
import {
  duplicateGroupsTable,
  issueExamplesTable,
  issuesByKindTable,
  topColumnsTable,
} from '../reportTables.ts';
import { markdownTable, escapeMarkdown as md, textTableMd } from './markdownParts.ts';

/** Data-quality counts and examples. */
export function dataQualityMd(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
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
    parts.push(`### ${md(t.issuesByKind)}`, textTableMd(issuesByKindTable(ctx)));
  }
  if (q.topColumns.length > 0) {
    parts.push(`### ${md(t.topColumns)}`, textTableMd(topColumnsTable(ctx)));
  }
  if (q.duplicateExamples.length > 0) {
    parts.push(`### ${md(t.duplicateGroups)}`, textTableMd(duplicateGroupsTable(ctx)));
  }
  if (q.issueExamples.length > 0) {
    parts.push(`### ${md(t.exampleIssues)}`, textTableMd(issueExamplesTable(ctx)));
  }
  if (q.issues === 0 && q.duplicateExamples.length === 0) parts.push(md(t.noIssues));
  return parts.join('\n\n');
}
