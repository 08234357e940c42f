import type { TableRole } from './table.ts';

/** Why a non-blank row of a table is not read as a record (a customer, an order, a complaint). */
export const SKIPPED_ROW_REASONS = ['total', 'note', 'section', 'repeated-header', 'no-identity'] as const;
export type SkippedRowReason = (typeof SKIPPED_ROW_REASONS)[number];

/** A row left out of the analysis and untouched in the sheet, listed in the cleaning review. */
export interface SkippedRow {
  table: TableRole;
  /** 1-based sheet row. */
  row: number;
  reason: SkippedRowReason;
  /** The row's first filled cells, to recognise it by. */
  text: string;
}
