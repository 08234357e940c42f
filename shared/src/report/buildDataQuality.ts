import type { CustomerRow } from '../model/customerRow.ts';
import type { Language } from '../model/keys.ts';
import type { CleaningReview } from '../model/results.ts';
import { type CellIssue, ISSUE_KINDS, type IssueKind, TABLE_ROLES, type TableRole } from '../model/table.ts';
import { maskContactsInText } from '../privacy/maskContacts.ts';
import type { DataQualitySection } from './reportModel.ts';
import { reportTexts } from './reportTexts.ts';

const TOP_COLUMNS = 8;
const DUPLICATE_EXAMPLES = 5;
const ISSUE_EXAMPLES = 10;

/**
 * Data-quality figures from the parse issues and the cleaning review. The examples name
 * customers by row; emails and phone numbers in them are masked unless `contactDetails`.
 */
export function buildDataQuality(
  customers: readonly CustomerRow[],
  review: CleaningReview,
  issues: CellIssue[],
  language: Language,
  contactDetails = false,
): DataQualitySection {
  const shown = (text: string) => (contactDetails ? text : maskContactsInText(text));
  const texts = reportTexts(language);
  const byKind = new Map<IssueKind, number>();
  const byTable = new Map<TableRole, number>();
  const byColumn = new Map<string, { table: TableRole; column: string; count: number }>();
  // The review's missing required values may repeat parse issues of the same cell: count a cell once.
  const seen = new Set<string>();

  const countColumn = (table: TableRole, column: string) => {
    const key = `${table}\u0000${column}`;
    const entry = byColumn.get(key);
    if (entry === undefined) byColumn.set(key, { table, column, count: 1 });
    else entry.count++;
  };

  for (const issue of issues) {
    const table = issue.table ?? 'customers';
    byKind.set(issue.kind, (byKind.get(issue.kind) ?? 0) + 1);
    byTable.set(table, (byTable.get(table) ?? 0) + 1);
    seen.add(`${table}\u0000${issue.row}\u0000${issue.column}`);
    countColumn(table, issue.column);
  }
  for (const m of review.missing) {
    if (seen.has(`customers\u0000${m.row}\u0000${m.column}`)) continue;
    countColumn('customers', m.column);
  }

  const topColumns = [...byColumn.values()]
    .sort((a, b) => b.count - a.count || a.column.localeCompare(b.column))
    .slice(0, TOP_COLUMNS);

  const nameByRow = new Map<number, string | null>();
  const duplicateExamples = review.merges.slice(0, DUPLICATE_EXAMPLES).map((merge) => {
    if (nameByRow.size === 0) for (const c of customers) nameByRow.set(c.row, c.record.name);
    return {
      kind: merge.kind,
      matchedOn: merge.matchedOn,
      survivorRow: merge.survivorRow,
      rows: [...merge.rows],
      names: merge.rows.map((row) => nameByRow.get(row) ?? null),
      similarity: merge.similarity,
    };
  });

  return {
    rows: review.summary.rows,
    issues: issues.length,
    byKind: ISSUE_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
      kind,
      label: texts.issueKind(kind),
      count: byKind.get(kind) ?? 0,
    })),
    byTable: TABLE_ROLES.filter((t) => byTable.has(t)).map((table) => ({
      table,
      count: byTable.get(table) ?? 0,
    })),
    topColumns,
    exactDuplicateGroups: review.summary.exactDuplicateGroups,
    likelyDuplicateGroups: review.summary.likelyDuplicateGroups,
    rowsWithMissing: review.summary.rowsWithMissing,
    invalidCells: review.summary.invalidCells,
    duplicateExamples,
    issueExamples: pickExamples(issues).map((i) => ({
      table: i.table ?? 'customers',
      row: i.row,
      column: i.column,
      value: shown(i.value),
      message: shown(i.message),
      kind: i.kind,
    })),
  };
}

/** Up to ISSUE_EXAMPLES issues in table order, the first of every kind included so each kind shows. */
function pickExamples(issues: CellIssue[]): CellIssue[] {
  const picked = new Set<number>();
  const kinds = new Set<IssueKind>();
  for (let i = 0; i < issues.length && kinds.size < ISSUE_KINDS.length; i++) {
    const kind = issues[i]?.kind;
    if (kind === undefined || kinds.has(kind)) continue;
    kinds.add(kind);
    picked.add(i);
  }
  for (let i = 0; i < issues.length && picked.size < ISSUE_EXAMPLES; i++) picked.add(i);
  return [...picked]
    .sort((a, b) => a - b)
    .slice(0, ISSUE_EXAMPLES)
    .map((i) => issues[i])
    .filter((i): i is CellIssue => i !== undefined);
}
