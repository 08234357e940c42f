import type { Config } from '../config/config.ts';
import type { Cell, TableRole } from '../model/table.ts';
import { isBlankRow } from '../table/cellReader.ts';
import { headerText } from './sheetGrid.ts';
import { headerFit } from './tableRequirements.ts';

/** How far down a sheet the header is looked for (title, export and note lines sit above it). */
export const HEADER_SEARCH_ROWS = 30;

export interface DetectedHeader {
  /** 1-based sheet row of the header. */
  row: number;
  /** Whether the table's required columns were found in that row. */
  usable: boolean;
}

/**
 * The header row of a sheet: among its first HEADER_SEARCH_ROWS rows, the one that names the
 * most known columns of the table (customers, orders or complaints) while naming all it needs;
 * the earliest wins a tie. Title lines (`2026年华东区客户台账`), export notes (`导出时间：…`) and
 * blank rows above the header name no column and are passed over. When no row is usable, the
 * first non-blank row is returned (usable: false) so messages can show what the sheet has.
 */
export function detectHeaderRow(
  rows: readonly (readonly Cell[] | undefined)[],
  role: TableRole,
  overrides: Config['headerOverrides'],
): DetectedHeader {
  let best: DetectedHeader | null = null;
  let bestFields = 0;
  let firstFilled = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] ?? [];
    if (isBlankRow(cells)) continue;
    if (firstFilled === 0) firstFilled = i + 1;
    const fit = headerFit(role, cells.map(headerText), overrides);
    if (fit.usable && fit.fields > bestFields) {
      best = { row: i + 1, usable: true };
      bestFields = fit.fields;
    }
  }
  return best ?? { row: firstFilled || 1, usable: false };
}
