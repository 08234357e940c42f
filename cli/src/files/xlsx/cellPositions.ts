import { columnIndexOf, columnLetter } from '@crm/shared';
import { entryBytes, readZip, replaceZipEntries } from '../rezip.ts';

/** A row or cell start tag, with its attributes and whether it closes itself. */
const ROW_OR_CELL = /<(row|c)\b([^>]*?)(\/?)>/g;
const R_ATTRIBUTE = /\sr="([^"]*)"/;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * The workbook with every row and cell of its worksheets given its position (`r="5"`,
 * `r="C5"`), or null when each already has one or the workbook cannot be read so. ECMA-376
 * lets a writer leave the attribute out, a row then following the one before and a cell the
 * cell before (Power BI, Dynamics and other exporters do), and Excel opens such a file; exceljs
 * cannot place those cells and fails.
 */
export function withCellPositions(bytes: Uint8Array): Uint8Array | null {
  const entries = readZip(bytes);
  if (entries === null) return null;
  const replaced = new Map<string, Uint8Array>();
  for (const [name, entry] of entries) {
    if (!WORKSHEET.test(name)) continue;
    const data = entryBytes(entry);
    if (data === null) return null;
    const xml = data.toString('utf8');
    const positioned = positionedSheetXml(xml);
    if (positioned !== xml) replaced.set(name, Buffer.from(positioned, 'utf8'));
  }
  return replaced.size === 0 ? null : replaceZipEntries(bytes, replaced);
}

/** A worksheet's XML with `r` on every row and cell, counted on from the last one given. */
export function positionedSheetXml(xml: string): string {
  let row = 0;
  let column = 0;
  return xml.replace(ROW_OR_CELL, (tag, name: string, attributes: string, close: string) => {
    const given = R_ATTRIBUTE.exec(attributes)?.[1];
    if (name === 'row') {
      row = given === undefined ? row + 1 : Number(given);
      column = 0;
      return given === undefined ? `<row r="${row}"${attributes}${close}>` : tag;
    }
    if (given !== undefined) {
      column = columnIndexOf(given.replace(/\d+$/, '').toUpperCase()) + 1;
      return tag;
    }
    column++;
    return `<c r="${columnLetter(column - 1)}${row}"${attributes}${close}>`;
  });
}
