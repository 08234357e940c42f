import type { Language } from '../model/keys.ts';
import type { CleaningReview } from '../model/results.ts';
import type { TableData, TableRole } from '../model/table.ts';
import { boundedList } from './boundedList.ts';

/** Characters the values of one field take in a merge proposal's details. */
const VALUES_IN_DETAILS = 1_000;

const TABLE_NAMES = {
  zh: { customers: '客户表', orders: '订单表', complaints: '投诉表' },
  en: { customers: 'customers', orders: 'orders', complaints: 'complaints' },
} as const satisfies Record<Language, Record<TableRole, string>>;

const TEXT = {
  zh: {
    header: ['类型', '行', '列', '值', '说明'],
    exact: '重复（完全相同）',
    likely: '疑似重复',
    missing: '缺失',
    invalid: '无效',
    keep: (row: number) => `建议保留第 ${row} 行`,
    fill: '可补充',
    conflicts: '不一致',
    more: (count: number) => ` …等另外 ${count} 项`,
    skipped: (table: TableRole) => `未计入（${TABLE_NAMES.zh[table]}）`,
    reasons: {
      total: '合计行：不是客户，未计入分析，表中保持原样',
      note: '备注或签字行：未计入分析，表中保持原样',
      section: '分组标题行（如地区、客户类别或时期）：不是客户，未计入分析，表中保持原样',
      'repeated-header': '重复的表头：未计入分析，表中保持原样',
      'no-identity': '没有客户编号、姓名、公司或联系方式：无法识别是谁，未计入分析',
    },
  },
  en: {
    header: ['Kind', 'Rows', 'Column', 'Value', 'Details'],
    exact: 'Duplicate (exact)',
    likely: 'Likely duplicate',
    missing: 'Missing',
    invalid: 'Invalid',
    keep: (row: number) => `keep row ${row}`,
    fill: 'fill in',
    conflicts: 'conflicts',
    more: (count: number) => ` … and ${count} more`,
    skipped: (table: TableRole) => `Left out (${TABLE_NAMES.en[table]})`,
    reasons: {
      total: 'a totals row: not a customer; left out of the analysis and kept as it is',
      note: 'a note or signature line: left out of the analysis and kept as it is',
      section:
        'a section heading (a region, a group of customers or a period): not a customer; left out of the analysis and kept as it is',
      'repeated-header': 'the header repeated: left out of the analysis and kept as it is',
      'no-identity': 'no customer id, name, company or contact: nobody to identify; left out of the analysis',
    },
  },
} as const;

/**
 * The cleaning review as a table for a .csv/.xlsx file: merge proposals first, then missing and
 * invalid values, then the rows left out of the analysis. Nothing in the customer table is changed; this is a list to act on.
 * The lists of a large duplicate group (its rows, each field's differing values) are cut to what
 * a cell holds, saying how many items are not shown (boundedList).
 */
export function reviewTable(review: CleaningReview, language: Language): TableData {
  const text = TEXT[language];
  const rows: TableData['rows'] = [];
  for (const merge of review.merges) {
    const details = [text.keep(merge.survivorRow)];
    const fill = Object.entries(merge.fill).map(([field, f]) => `${field}=${f.value} (${f.fromRow})`);
    if (fill.length > 0) details.push(`${text.fill}: ${boundedList(fill, '; ', text.more)}`);
    const conflicts = Object.entries(merge.conflicts).map(
      ([field, values]) =>
        `${field}: ${boundedList(
          values.map((v) => `${v.value} (${v.row})`),
          ' / ',
          text.more,
          VALUES_IN_DETAILS,
        )}`,
    );
    if (conflicts.length > 0) details.push(`${text.conflicts}: ${boundedList(conflicts, '; ', text.more)}`);
    rows.push([
      merge.kind === 'exact' ? text.exact : text.likely,
      boundedList(merge.rows.map(String), ', ', text.more),
      merge.matchedOn,
      merge.kind === 'exact' ? 1 : Math.round(merge.similarity * 100) / 100,
      details.join(' · '),
    ]);
  }
  for (const missing of review.missing) {
    rows.push([text.missing, String(missing.row), missing.column, '', missing.message]);
  }
  for (const invalid of review.invalid) {
    rows.push([text.invalid, String(invalid.row), invalid.column, invalid.value, invalid.message]);
  }
  for (const row of review.skipped) {
    rows.push([text.skipped(row.table), String(row.row), '', row.text, text.reasons[row.reason]]);
  }
  return { header: [...text.header], rows };
}
