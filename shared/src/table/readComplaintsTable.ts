import type { Config } from '../config/config.ts';
import type { IsoDate } from '../model/dates.ts';
import { COMPLAINT_FIELD_SYNONYMS, type ComplaintField } from '../model/fields.ts';
import type { ComplaintRecord, CustomerRecord } from '../model/records.ts';
import type { SkippedRow } from '../model/skippedRow.ts';
import { type CellIssue, sheetRowOf, type TableData } from '../model/table.ts';
import { parseComplaintStage } from '../parse/parseComplaintStage.ts';
import type { DateParseOptions } from '../parse/parseDate.ts';
import { CellReader, isBlankRow } from './cellReader.ts';
import { CustomerIndex, type IdsWrittenDifferently, idsAt } from './customerIndex.ts';
import { displayName, HeaderNotRecognisedError } from './HeaderNotRecognisedError.ts';
import { type HeaderMapping, mapHeader } from './mapHeader.ts';
import { parseSatisfaction } from './parseSatisfaction.ts';
import { rowContextOf, rowText, skippedRowReason } from './skippedRows.ts';

/**
 * Reads a Complaints/Interactions table (one row per complaint) and links each row to its
 * customer by id. Every non-blank row becomes a complaint; bad cells are issues with
 * `table: 'complaints'`. A missing or unreadable stage is inferred: closed when a closed date is
 * given, else received. Ids not in the customer table are reported (unknown-customer) and the
 * complaint kept with customerRow null. `index` is that of `records` when the reader built one.
 *
 * @throws HeaderNotRecognisedError without a customer-id column, or without both a stage and an
 *   opened-date column.
 */
export function readComplaintsTable(
  table: TableData,
  records: CustomerRecord[],
  config: Config,
  today: IsoDate,
  options: DateParseOptions = {},
  index: CustomerIndex = new CustomerIndex(records),
): {
  complaints: ComplaintRecord[];
  issues: CellIssue[];
  mapping: HeaderMapping<ComplaintField>;
  skipped: SkippedRow[];
  /** Complaints counted for a customer whose id they write differently (null for none). */
  idsWrittenDifferently: IdsWrittenDifferently | null;
} {
  const mapping = mapHeader(table.header, COMPLAINT_FIELD_SYNONYMS, config.headerOverrides.complaints);
  const c = mapping.columns;
  const expected = (['customerId', 'stage', 'openedDate'] as const).map((f) =>
    displayName(COMPLAINT_FIELD_SYNONYMS[f]),
  );
  if (c.customerId === undefined || (c.stage === undefined && c.openedDate === undefined)) {
    const lacking = c.customerId === undefined ? expected[0] : `${expected[1]} or ${expected[2]}`;
    throw new HeaderNotRecognisedError(
      'complaints',
      table.header,
      expected,
      `The complaints table has no column for: ${lacking}.`,
    );
  }
  const idCol = c.customerId;
  const issues: CellIssue[] = [];
  const read = new CellReader(table.header, issues, 'complaints', today, options, config.language, table);
  const complaints: ComplaintRecord[] = [];
  const skipped: SkippedRow[] = [];
  const rowContext = rowContextOf('complaints', table.header);
  let idsWrittenDifferently: IdsWrittenDifferently | null = null;
  table.rows.forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = sheetRowOf(table, i);
    const reason = skippedRowReason(cells, rowContext, table.formulas?.get(row), table.wideMerges?.get(row));
    if (reason !== null) {
      skipped.push({ table: 'complaints', row, reason, text: rowText(cells) });
      return;
    }
    read.at(row, cells);
    const customerId = read.text(idCol);
    let customerRow: number | null = null;
    if (customerId === null) {
      read.report(idCol, 'missing', { code: 'complaint-without-customer' });
    } else {
      const found = index.find(customerId);
      const fold = index.foldOf(customerId);
      if (found >= 0) {
        customerRow = records[found]?.row ?? null;
        if (fold !== undefined) {
          idsWrittenDifferently ??= { count: 0, row, id: customerId, as: records[found]?.id ?? '' };
          idsWrittenDifferently.count++;
        }
      } else if (fold?.scientific) {
        read.report(idCol, 'unknown-customer', { code: 'complaint-scientific-customer', id: customerId });
      } else if (fold !== undefined && fold.candidates.length > 1) {
        const matches = idsAt(records, fold.candidates);
        read.report(idCol, 'unknown-customer', {
          code: 'complaint-ambiguous-customer',
          id: customerId,
          matches,
        });
      } else read.report(idCol, 'unknown-customer', { code: 'complaint-unknown-customer', id: customerId });
    }
    const openedDate = read.date(c.openedDate, 'complaint-date');
    let closedDate = read.date(c.closedDate, 'closed-date');
    if (closedDate !== null && openedDate !== null && closedDate < openedDate && c.closedDate !== undefined) {
      read.report(c.closedDate, 'inconsistent', {
        code: 'closed-before-opened',
        closed: closedDate,
        opened: openedDate,
      });
      closedDate = null;
    }
    const stage = read.parsed(c.stage, parseComplaintStage) ?? (closedDate !== null ? 'closed' : 'received');
    complaints.push({
      row,
      table: 'complaints',
      customerId,
      customerRow,
      openedDate,
      stage,
      stageDate:
        read.date(c.stageDate, 'stage-date') ?? (stage === 'closed' ? closedDate : null) ?? openedDate,
      closedDate,
      summary: read.text(c.summary),
      satisfaction: read.parsed(c.satisfaction, parseSatisfaction),
    });
  });
  return { complaints, issues, mapping, skipped, idsWrittenDifferently };
}
