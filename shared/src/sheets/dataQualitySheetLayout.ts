import type { Language } from '../model/keys.ts';
import type { CleaningReview } from '../model/results.ts';
import type { Cell, CellIssue, TableData } from '../model/table.ts';
import { reviewTable } from '../pipeline/reviewTable.ts';
import type { SheetLayout } from '../ports/sheetLayout.ts';
import { maskContactsInText } from '../privacy/maskContacts.ts';
import { SHEET_COLORS, SheetLayoutBuilder } from './sheetLayoutBuilder.ts';

const TEXT = {
  zh: {
    title: '数据质量检查',
    note: '只列出问题，不改动客户表；合并重复客户前会先备份客户表。',
    summary: ['检查行数', '完全重复组', '疑似重复组', '缺少必填项的行', '无效值', '订单表问题', '投诉表问题'],
    invalidIn: (table: string) => `无效（${table}）`,
    tables: { orders: '订单表', complaints: '投诉表' },
  },
  en: {
    title: 'Data quality review',
    note: 'A list to act on: the customer table is not changed; merging duplicates backs it up first.',
    summary: [
      'Rows checked',
      'Exact duplicate groups',
      'Likely duplicate groups',
      'Rows missing required values',
      'Invalid values',
      'Orders issues',
      'Complaints issues',
    ],
    invalidIn: (table: string) => `Invalid (${table})`,
    tables: { orders: 'Orders', complaints: 'Complaints' },
  },
} as const;

/** Row of the review table's header in the data-quality sheet (the rows above are a summary). */
export const DATA_QUALITY_TABLE_ROW = 5;

/**
 * The review table of the data-quality sheet, which `crm clean --out` also writes: every
 * duplicate group, missing and invalid value of the customer table with the row it is on, then
 * the problems in the Orders and Complaints tables.
 */
export function dataQualityTable(
  review: CleaningReview,
  issues: readonly CellIssue[],
  language: Language,
  options: DataQualityOptions = {},
): TableData {
  const text = TEXT[language];
  const table = reviewTable(review, language);
  for (const issue of issues) {
    if (issue.table !== 'orders' && issue.table !== 'complaints') continue;
    table.rows.push([
      text.invalidIn(text.tables[issue.table]),
      String(issue.row),
      issue.column,
      issue.value,
      issue.message,
    ]);
  }
  table.rows.push(...(options.privacyRows ?? []));
  if (options.contactDetails !== true) {
    table.rows = table.rows.map((row) =>
      row.map((cell) => (typeof cell === 'string' ? maskContactsInText(cell) : cell)),
    );
  }
  return table;
}

export interface DataQualityOptions {
  /** Show emails and phone numbers in full (privacy.showContactDetails); else they are masked. */
  contactDetails?: boolean;
  /** Rows the privacy settings add: customers past retention, without a legal basis. */
  privacyRows?: Cell[][];
}

/**
 * The "数据质量 / Data quality" sheet: a summary line, then every
 * duplicate group, missing and invalid value with the row it is on — the customer review first,
 * then problems in the Orders and Complaints tables.
 */
export function dataQualitySheetLayout(
  review: CleaningReview,
  issues: readonly CellIssue[],
  language: Language,
  options: DataQualityOptions = {},
): SheetLayout {
  const text = TEXT[language];
  const table = dataQualityTable(review, issues, language, options);
  const width = table.header.length;
  const other = { orders: 0, complaints: 0 };
  for (const issue of issues)
    if (issue.table === 'orders' || issue.table === 'complaints') other[issue.table]++;
  const s = review.summary;
  const layout = new SheetLayoutBuilder([150, 110, 140, 160, 480, 110, 110]);
  layout.row([text.title]);
  layout.row([...text.summary]);
  layout.row([
    s.rows,
    s.exactDuplicateGroups,
    s.likelyDuplicateGroups,
    s.rowsWithMissing,
    s.invalidCells,
    other.orders,
    other.complaints,
  ]);
  layout.row([text.note]);
  layout.row(table.header);
  layout.block(table.rows);
  layout.freeze(DATA_QUALITY_TABLE_ROW);
  layout.style(
    { row: 1, column: 1, rows: 1, columns: 1 },
    { bold: true, fontSize: 14, fontColor: SHEET_COLORS.sectionText },
  );
  layout.style(
    { row: 2, column: 1, rows: 1, columns: text.summary.length },
    { bold: true, wrap: true, background: SHEET_COLORS.totalBackground },
  );
  layout.style(
    { row: 3, column: 1, rows: 1, columns: text.summary.length },
    { numberFormat: '#,##0', fontSize: 12 },
  );
  layout.style({ row: 4, column: 1, rows: 1, columns: 1 }, { italic: true, fontColor: SHEET_COLORS.muted });
  layout.style(
    { row: DATA_QUALITY_TABLE_ROW, column: 1, rows: 1, columns: width },
    {
      bold: true,
      background: SHEET_COLORS.headerBackground,
      fontColor: SHEET_COLORS.headerText,
    },
  );
  return layout.build();
}
