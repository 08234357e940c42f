import type { Cell, CellBlock, SheetGrid } from '@crm/shared';
import type { SaxesTagPlain } from 'saxes';
import { decodeText } from './decodeText.ts';
import { parseXml } from './xlsx/parseXml.ts';

/**
 * The worksheets of an Excel 2003 XML Spreadsheet (SpreadsheetML), which .NET and Java systems
 * export under an .xls name and Excel and WPS open as a workbook. Cells are what the file holds:
 * numbers as numbers, DateTime cells as Dates (UTC midnights for a day without a time, as
 * exceljs reads an .xlsx), booleans, text; a cell's comment is not its value. ss:Index places
 * rows and cells after a gap, and ss:MergeAcross/ss:MergeDown make merged ranges.
 */
export function readSpreadsheetMl(bytes: Uint8Array): SheetGrid[] {
  const sheets: SheetGrid[] = [];
  let sheet: { name: string; rows: Cell[][]; merges: CellBlock[]; hidden: boolean } | null = null;
  let row = 0;
  let column = 0;
  // The column of the cell being read: `column` is past its merge already.
  let cellAt = 0;
  let data: { type: string; text: string } | null = null;
  let inComment = 0;
  let inVisible = false;
  parseXml(utf8Of(bytes), {
    open(tag: SaxesTagPlain) {
      const name = localName(tag.name);
      const attribute = (key: string) => attributeOf(tag, key);
      if (name === 'Worksheet') {
        sheet = {
          name: attribute('Name') ?? `Sheet${sheets.length + 1}`,
          rows: [],
          merges: [],
          hidden: false,
        };
        row = 0;
      } else if (sheet === null) {
        return;
      } else if (name === 'Row') {
        row = wholeNumber(attribute('Index')) ?? row + 1;
        column = 0;
        sheet.rows[row - 1] ??= [];
      } else if (name === 'Cell') {
        column = wholeNumber(attribute('Index')) ?? column + 1;
        const across = wholeNumber(attribute('MergeAcross')) ?? 0;
        const down = wholeNumber(attribute('MergeDown')) ?? 0;
        if (across > 0 || down > 0) sheet.merges.push({ row, column, rows: down + 1, columns: across + 1 });
        cellAt = column;
        // The next cell comes after the merge.
        column += across;
        setCell(sheet.rows, row, cellAt, null);
      } else if (name === 'Comment') {
        inComment++;
      } else if (name === 'Data' && inComment === 0) {
        data = { type: attribute('Type') ?? 'String', text: '' };
      } else if (name === 'Visible') {
        inVisible = true;
      }
    },
    text(text: string) {
      if (data !== null) data.text += text;
      else if (inVisible && sheet !== null && text.trim() === 'SheetHidden') sheet.hidden = true;
      else if (inVisible && sheet !== null && text.trim() === 'SheetVeryHidden') sheet.hidden = true;
    },
    close(tagName: string) {
      const name = localName(tagName);
      if (name === 'Data' && data !== null && sheet !== null) {
        setCell(sheet.rows, row, cellAt, cellValue(data.type, data.text));
        data = null;
      } else if (name === 'Comment') {
        inComment--;
      } else if (name === 'Visible') {
        inVisible = false;
      } else if (name === 'Worksheet' && sheet !== null) {
        const { name: sheetName, rows, merges, hidden } = sheet;
        for (let r = 0; r < rows.length; r++) rows[r] ??= [];
        sheets.push({
          name: sheetName,
          rows,
          ...(merges.length > 0 ? { merges } : {}),
          ...(hidden ? { hidden: true } : {}),
        });
        sheet = null;
      }
    },
  });
  return sheets;
}

/** The file as UTF-8 bytes, whatever encoding it was saved in (UTF-8 as a rule; UTF-16 with its mark). */
function utf8Of(bytes: Uint8Array): Uint8Array {
  const utf8 = bytes[0] !== 0xff && bytes[0] !== 0xfe;
  return utf8 ? bytes : new TextEncoder().encode(decodeText(bytes));
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (ss:Index or Index). */
function attributeOf(tag: SaxesTagPlain, key: string): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes)) if (localName(name) === key) return value;
  return undefined;
}

function wholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text);
}

function setCell(rows: Cell[][], row: number, column: number, value: Cell): void {
  const cells = rows[row - 1] ?? [];
  rows[row - 1] = cells;
  for (let c = cells.length; c < column - 1; c++) cells[c] = null;
  cells[column - 1] = value;
}

/** A cell's value by its ss:Type. */
function cellValue(type: string, text: string): Cell {
  if (type === 'Number') {
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) ? number : text;
  }
  if (type === 'Boolean') return text.trim() === '1' || text.trim().toLowerCase() === 'true';
  if (type === 'DateTime') {
    // Written as the cell's local date and time, without a zone: read as exceljs reads a date
    // serial, the clock time in UTC.
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/.exec(text.trim());
    if (match === null) return text;
    const [, y, mo, d, h, mi, s] = match;
    return new Date(
      Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)),
    );
  }
  return text === '' ? null : text;
}
