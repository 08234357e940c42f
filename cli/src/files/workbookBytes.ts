import type { Workbook } from 'exceljs';
import { deflateZip } from './rezip.ts';

/** exceljs's ValueType.Formula: its style id depends on the type of its cached result. */
const FORMULA = 6;

/**
 * The .xlsx bytes of an exceljs workbook, as `workbook.xlsx.writeBuffer()` gives them but
 * faster: exceljs's zip is written with stored entries and deflated natively (deflateZip), and
 * unstyled cells share one style object per value type. exceljs looks up each cell's style by
 * the object (a WeakMap) before it builds the style's XML to find its id, and a cell read
 * without a style gets an object of its own; sharing gives each cell the style id it had.
 */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  shareEmptyStyles(workbook);
  // exceljs types its Node Buffer as an interface of its own.
  const stored = (await workbook.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  })) as unknown as Uint8Array;
  const deflated = deflateZip(stored);
  if (deflated !== null) return deflated;
  // Not a zip deflateZip reads (never seen from exceljs): let JSZip compress it.
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function shareEmptyStyles(workbook: Workbook): void {
  const shared = new Map<number, object>();
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const type = cell.type as number;
        if (type === FORMULA || !isEmptyStyle(cell.style)) return;
        let style = shared.get(type);
        if (style === undefined) {
          style = cell.style;
          shared.set(type, style);
        }
        cell.style = style;
      });
    });
  }
}

function isEmptyStyle(style: object | undefined): boolean {
  if (style === undefined || style === null) return false;
  for (const key in style) if (Object.hasOwn(style, key)) return false;
  return true;
}
