import type { Config } from '../config/config.ts';
import type { CustomerField } from '../model/fields.ts';
import type { CustomerRecord } from '../model/records.ts';
import type { CleaningReview } from '../model/results.ts';
import type { SkippedRow } from '../model/skippedRow.ts';
import type { CellIssue } from '../model/table.ts';
import type { HeaderMapping } from '../table/index.ts';
import { findDuplicateGroups } from './findDuplicateGroups.ts';
import { findIdsWrittenDifferently } from './findIdsWrittenDifferently.ts';
import { findMissingValues } from './findMissingValues.ts';
import { proposeMerge } from './proposeMerge.ts';

/**
 * The cleaning review of a customer table (去除重复数据、补充缺失数据、纠正错误数据):
 * exact duplicates (same email or phone), likely duplicates (similar name at the same company)
 * with a merge proposal each, missing required values, the invalid cells found while parsing
 * (customer-table issues only), customer ids that are one id written differently and the rows of any table that were not read as records.
 * Nothing is deleted or overwritten; every row keeps its place.
 */
export function reviewCustomerTable(
  records: CustomerRecord[],
  issues: CellIssue[],
  mapping: HeaderMapping<CustomerField>,
  config: Config,
  skipped: readonly SkippedRow[] = [],
): CleaningReview {
  const merges = findDuplicateGroups(records)
    .map((group) => proposeMerge(records, group, config.language, config.privacy.showContactDetails))
    .sort((a, b) => firstRow(a.rows) - firstRow(b.rows));

  const missing = findMissingValues(records, mapping, config);
  const invalid: CleaningReview['invalid'] = [];
  const reported = new Set(missing.map((entry) => `${entry.row}\t${entry.column}`));
  for (const issue of issues) {
    if ((issue.table ?? 'customers') !== 'customers') continue;
    if (issue.kind !== 'missing') {
      invalid.push({ row: issue.row, column: issue.column, value: issue.value, message: issue.message });
    } else if (!reported.has(`${issue.row}\t${issue.column}`)) {
      // A parser's "missing" issue belongs with the missing values, once.
      reported.add(`${issue.row}\t${issue.column}`);
      missing.push({
        row: issue.row,
        column: issue.column,
        field: fieldOfColumn(mapping, issue.column),
        message: issue.message,
      });
    }
  }
  const idColumn = mapping.columns.id;
  if (idColumn !== undefined)
    invalid.push(...findIdsWrittenDifferently(records, mapping.header[idColumn] ?? '', config.language));
  missing.sort((a, b) => a.row - b.row);
  invalid.sort((a, b) => a.row - b.row);

  const rowsWithMissing = new Set<number>();
  for (const entry of missing) if (entry.row > 1) rowsWithMissing.add(entry.row);
  let exactDuplicateGroups = 0;
  for (const merge of merges) if (merge.kind === 'exact') exactDuplicateGroups++;

  return {
    merges,
    missing,
    invalid,
    skipped: [...skipped],
    summary: {
      rows: records.length,
      exactDuplicateGroups,
      likelyDuplicateGroups: merges.length - exactDuplicateGroups,
      rowsWithMissing: rowsWithMissing.size,
      invalidCells: invalid.length,
      skippedRows: skipped.length,
    },
  };
}

function firstRow(rows: number[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const row of rows) if (row < min) min = row;
  return min;
}

function fieldOfColumn(mapping: HeaderMapping<CustomerField>, column: string): string {
  const index = mapping.header.indexOf(column);
  for (const [field, at] of Object.entries(mapping.columns)) if (at === index) return field;
  return '';
}
