import { type Cell, columnIndexOf, columnLetter, type ManagedColumnsWrite } from '@crm/shared';
import { type DeflatedBytes, replaceZipEntries } from '../rezip.ts';
import { DeflatingWriter } from './deflatingWriter.ts';
import { escapeXml, StylesPatch } from './patchStyles.ts';
import { NotForFastRead, part, type XlsxParts } from './xlsxParts.ts';

/** What the exceljs path writes, passed in so both write the same widths and date format. */
export interface ManagedColumnsLook {
  dateFormat: string;
  /** Width given to a managed column that has none. */
  headerWidth(header: string): number;
  /** An ISO date (yyyy-mm-dd) as a Date at UTC midnight. */
  isoToDate(text: string): Date;
}

const SHEET_DATA = Buffer.from('<sheetData>');
/** A tag's attributes, whole: a `>` inside a value would leave a quote open. */
const ATTRIBUTES = /^(\s+[\w:.-]+="[^"]*")*\s*$/;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

interface ParsedCell {
  column: number;
  xml: string;
  attrs: string;
  inner: string;
}

/**
 * The .xlsx with the managed columns written into the customer sheet's XML and nothing else
 * changed: other cells, rows' attributes, merged ranges, conditional formats, data validations,
 * drawings, tables and every other part stay byte for byte (untouched zip entries are copied
 * compressed as they are). Header cells get a bold format made from their own, values their
 * type (numbers, inline strings, date columns as Excel serials in a date format), empty values
 * leave the cell without a value. Throws NotForFastRead where patching could break the workbook
 * (a formula, merged range or table over a managed cell, an unusual sheet layout): the caller
 * then writes through exceljs.
 */
export async function patchManagedColumns(
  bytes: Uint8Array,
  parts: XlsxParts,
  sheetName: string,
  write: ManagedColumnsWrite,
  look: ManagedColumnsLook,
): Promise<Uint8Array> {
  const sheet = parts.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new NotForFastRead('no such sheet');
  if (!parts.cellsInOrder.has(sheet.path)) throw new NotForFastRead('cells not in column order');
  // Serials below count from 1899-12-30; a 1904 workbook counts from 1904-01-01.
  if (parts.date1904) throw new NotForFastRead('1904 date system');
  const stylesBytes = part(parts, 'xl/styles.xml');
  const sheetBytes = part(parts, sheet.path);
  if (stylesBytes === null || sheetBytes === null) throw new NotForFastRead('parts');
  const styles = new StylesPatch(stylesBytes.toString('utf8'));
  // The sheet stays bytes: only the rows the columns go into are decoded, patched and encoded
  // again; every other row is copied as the bytes it was (a large sheet as one JavaScript
  // string would take twice its size in memory, and more for each copy).
  const xml = sheetBytes;
  const dataStart = xml.indexOf('<sheetData>');
  const dataEnd = xml.indexOf('</sheetData>');
  if (dataStart < 0 || dataEnd < dataStart || xml.indexOf('<sheetData', dataStart + 1) >= 0)
    throw new NotForFastRead('sheetData');
  const head = xml.toString('utf8', 0, dataStart);
  const tail = xml.toString('utf8', dataEnd + '</sheetData>'.length);
  if (xml.indexOf('<!--', dataStart) >= 0 && xml.indexOf('<!--', dataStart) < dataEnd)
    throw new NotForFastRead('comment in sheetData');
  if (xml.indexOf('<![CDATA[', dataStart) >= 0 && xml.indexOf('<![CDATA[', dataStart) < dataEnd)
    throw new NotForFastRead('CDATA in sheetData');

  const managed = new Map(write.columns.map((column, k) => [column.column, k]));
  const managedInOrder = [...managed.keys()].sort((a, b) => a - b);
  const minColumn = managedInOrder[0] as number;
  const maxColumn = managedInOrder[managedInOrder.length - 1] as number;
  refuseOverlaps(tail, parts, sheet.path, write, minColumn, maxColumn);
  const columnStyles = columnStylesOf(head);

  const cellXml = (
    row: number,
    column: number,
    old: ParsedCell | undefined,
    rowStyle: number | undefined,
    values: readonly Cell[] | undefined,
  ) => {
    const k = managed.get(column) as number;
    const spec = write.columns[k];
    const base = old
      ? Number(/\ss="(\d+)"/.exec(old.attrs)?.[1] ?? 0)
      : (rowStyle ?? columnStyles(column) ?? 0);
    const ref = `${columnLetter(column)}${row}`;
    if (row === write.headerRow) return textCell(ref, styles.bold(base), spec?.header ?? '');
    const value: Cell = values?.[k] ?? '';
    if (value === '' || value === null) return base ? `<c r="${ref}" s="${base}"/>` : '';
    if (spec?.kind === 'date' && typeof value === 'string')
      return numberCell(ref, styles.dated(base, look.dateFormat), excelSerial(look.isoToDate(value)));
    if (typeof value === 'number') return numberCell(ref, base, value);
    if (typeof value === 'boolean')
      return `<c r="${ref}"${styleAttr(base)} t="b"><v>${value ? 1 : 0}</v></c>`;
    if (value instanceof Date) throw new NotForFastRead('Date value');
    return textCell(ref, base, value);
  };

  // The new sheet deflated as it is written: never whole beside the old one.
  const out = new DeflatingWriter();
  out.text(widenColumns(widenDimension(head, write.lastRow, maxColumn), write, look));
  out.bytes(SHEET_DATA);
  let next = write.headerRow; // the next sheet row to write managed cells into
  const writeNewRowsBefore = (row: number) => {
    for (; next < row && next <= write.lastRow; next++) {
      // A row's values are made when asked for (ManagedValues): once per row, not per cell.
      const values = write.values.get(next);
      const cells = managedInOrder
        .map((column) => cellXml(next, column, undefined, undefined, values))
        .join('');
      if (cells) out.text(`<row r="${next}">${cells}</row>`);
    }
  };
  let last = 0;
  let at = dataStart + SHEET_DATA.length;
  for (;;) {
    // The writer's thread deflates the pieces written so far; past a few, wait for it.
    if (out.backlogged) await out.drained();
    const open = xml.indexOf('<row', at);
    const gapEnd = open < 0 || open > dataEnd ? dataEnd : open;
    if (!isBlank(xml, at, gapEnd)) throw new NotForFastRead('text between rows');
    if (gapEnd === dataEnd) break;
    const tagEnd = xml.indexOf('>', open);
    const selfClosing = xml[tagEnd - 1] === 0x2f;
    const attrs = xml.toString('utf8', open + 4, selfClosing ? tagEnd - 1 : tagEnd);
    const close = selfClosing ? tagEnd + 1 : xml.indexOf('</row>', tagEnd) + '</row>'.length;
    if (tagEnd < 0 || close < tagEnd || close > dataEnd || !ATTRIBUTES.test(attrs))
      throw new NotForFastRead('row tag');
    at = close;
    const row = Number(/\sr="(\d+)"/.exec(attrs)?.[1]);
    if (!Number.isInteger(row) || row <= last) throw new NotForFastRead('rows out of order');
    last = row;
    if (row < write.headerRow || row > write.lastRow) {
      writeNewRowsBefore(Math.min(row, write.lastRow + 1));
      out.bytes(xml, open, close);
      continue;
    }
    writeNewRowsBefore(row);
    next = row + 1;
    const values = write.values.get(row);
    const rowStyle = /\scustomFormat="(1|true)"/.test(attrs)
      ? Number(/\ss="(\d+)"/.exec(attrs)?.[1])
      : undefined;
    const innerEnd = selfClosing ? tagEnd : close - '</row>'.length;
    if (selfClosing || lastCellColumn(xml, tagEnd, innerEnd) < minColumn) {
      // The common case, a first run: every cell of the row lies left of the managed columns
      // (cells are in column order, as readSheetGrid checked), so the row's bytes stay and the
      // new cells follow them.
      out.text(`<row${widenSpans(attrs, minColumn, maxColumn)}>`);
      if (!selfClosing) out.bytes(xml, tagEnd + 1, innerEnd);
      out.text(
        `${managedInOrder.map((column) => cellXml(row, column, undefined, rowStyle, values)).join('')}</row>`,
      );
      continue;
    }
    const cells = parseCells(xml.toString('utf8', tagEnd + 1, innerEnd), row);
    const merged: string[] = [];
    let i = 0;
    for (const column of managedInOrder) {
      while (i < cells.length && (cells[i] as ParsedCell).column < column)
        merged.push((cells[i++] as ParsedCell).xml);
      let old: ParsedCell | undefined;
      if (i < cells.length && (cells[i] as ParsedCell).column === column) {
        old = cells[i++] as ParsedCell;
        if (/<f\b/.test(old.inner)) throw new NotForFastRead('formula in a managed cell');
      }
      merged.push(cellXml(row, column, old, rowStyle, values));
    }
    while (i < cells.length) merged.push((cells[i++] as ParsedCell).xml);
    out.text(`<row${widenSpans(attrs, minColumn, maxColumn)}>${merged.join('')}</row>`);
  }
  writeNewRowsBefore(write.lastRow + 1);
  out.bytes(xml, dataEnd);
  const replaced = new Map<string, Uint8Array | DeflatedBytes>([[sheet.path, await out.finish()]]);
  const stylesXml = styles.result();
  if (stylesXml !== null) replaced.set('xl/styles.xml', Buffer.from(stylesXml, 'utf8'));
  const zip = replaceZipEntries(bytes, replaced);
  if (zip === null) throw new NotForFastRead('zip');
  return zip;
}

/**
 * The column of the last cell of a row's bytes (its `<c r="…">`), -1 when it has none. Text
 * and attribute values cannot hold a raw '<', so the last "<c " starts the last cell.
 */
function lastCellColumn(xml: Buffer, from: number, to: number): number {
  const at = xml.lastIndexOf('<c ', to - 3);
  if (at < from) {
    const other = xml.indexOf('<c', from);
    if (other >= 0 && other < to) throw new NotForFastRead('cell tag');
    return -1;
  }
  const tag = xml.toString('latin1', at, Math.min(at + 64, to));
  const ref = /\sr="([A-Z]{1,3})\d+"/.exec(tag.slice(0, tag.indexOf('>') >>> 0));
  if (ref === null) throw new NotForFastRead('cell without its address');
  return columnIndexOf(ref[1] as string);
}

function parseCells(inner: string, row: number): ParsedCell[] {
  const cells: ParsedCell[] = [];
  let at = 0;
  let last = -1;
  for (const match of inner.matchAll(CELL)) {
    if (inner.slice(at, match.index).trim() !== '') {
      // Only extension elements (<extLst>) may follow the cells in a row.
      throw new NotForFastRead('row content');
    }
    at = (match.index ?? 0) + match[0].length;
    const attrs = match[1] ?? '';
    if (!ATTRIBUTES.test(attrs)) throw new NotForFastRead('cell tag');
    const ref = /\sr="([A-Z]{1,3})(\d+)"/.exec(attrs);
    if (ref === null || Number(ref[2]) !== row) throw new NotForFastRead('cell without its address');
    const column = columnIndexOf(ref[1] as string);
    if (column <= last) throw new NotForFastRead('cells out of order');
    last = column;
    cells.push({ column, xml: match[0], attrs, inner: match[2] ?? '' });
  }
  if (inner.slice(at).trim() !== '') throw new NotForFastRead('row content');
  return cells;
}

/** Merged ranges or tables over a managed cell would be broken by writing into them. */
function refuseOverlaps(
  tail: string,
  parts: XlsxParts,
  sheetPath: string,
  write: ManagedColumnsWrite,
  minColumn: number,
  maxColumn: number,
): void {
  const overlaps = (ref: string) => {
    const [from, to = from] = ref.split(':');
    const a = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(from ?? '');
    const b = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(to ?? '');
    if (a === null || b === null) return true;
    const [left, right] = [columnIndexOf(a[1] as string), columnIndexOf(b[1] as string)].sort(
      (x, y) => x - y,
    );
    const [top, bottom] = [Number(a[2]), Number(b[2])].sort((x, y) => x - y);
    return (
      (right as number) >= minColumn &&
      (left as number) <= maxColumn &&
      (bottom as number) >= write.headerRow &&
      (top as number) <= write.lastRow
    );
  };
  for (const match of tail.matchAll(/<mergeCell\b[^>]*\sref="([^"]*)"/g)) {
    if (overlaps(match[1] ?? '')) throw new NotForFastRead('merged range over a managed cell');
  }
  // exceljs drops a cell's link with its value; a link left on a new value would not be that.
  for (const match of tail.matchAll(/<hyperlink\b[^>]*\sref="([^"]*)"/g)) {
    if (overlaps(match[1] ?? '')) throw new NotForFastRead('hyperlink on a managed cell');
  }
  if (/<tablePart\b/.test(tail)) {
    const slash = sheetPath.lastIndexOf('/');
    const rels = part(parts, `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`);
    const targets = rels?.toString('utf8').match(/Target="[^"]*tables\/[^"]*"/g) ?? [];
    for (const target of targets) {
      const path = `xl/tables/${target.slice(target.lastIndexOf('/') + 1, -1)}`;
      const table = part(parts, path)?.toString('utf8');
      const ref = table === undefined ? undefined : /<table\b[^>]*\sref="([^"]*)"/.exec(table)?.[1];
      if (ref === undefined || overlaps(ref)) throw new NotForFastRead('table over a managed cell');
    }
  }
}

/** The `style` of the <col> covering a column, as exceljs gives a new cell its column's style. */
function columnStylesOf(head: string): (column: number) => number | undefined {
  const cols = [...head.matchAll(/<col\b([^>]*)\/?>/g)].map((m) => ({
    min: Number(/\smin="(\d+)"/.exec(m[1] ?? '')?.[1]),
    max: Number(/\smax="(\d+)"/.exec(m[1] ?? '')?.[1]),
    style: /\sstyle="(\d+)"/.exec(m[1] ?? '')?.[1],
  }));
  return (column) => {
    const col = cols.find((c) => c.min <= column + 1 && column + 1 <= c.max);
    return col?.style === undefined ? undefined : Number(col.style);
  };
}

function isBlank(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

/** Widths as writeIntoWorkbook gives them: a managed column without a width gets one. */
function widenColumns(xml: string, write: ManagedColumnsWrite, look: ManagedColumnsLook): string {
  const colsMatch = /<cols>([\s\S]*?)<\/cols>/.exec(xml);
  const cols = colsMatch ? [...(colsMatch[1] ?? '').matchAll(/<col\b[^>]*\/>/g)].map((m) => m[0]) : [];
  const range = (col: string) => ({
    min: Number(/\smin="(\d+)"/.exec(col)?.[1]),
    max: Number(/\smax="(\d+)"/.exec(col)?.[1]),
    width: /\swidth="/.test(col),
  });
  const added: { min: number; xml: string }[] = [];
  for (const column of write.columns) {
    const n = column.column + 1;
    const covering = cols.find((col) => range(col).min <= n && n <= range(col).max);
    if (covering && range(covering).width) continue;
    if (covering) throw new NotForFastRead('column range without a width');
    const width = look.headerWidth(column.header);
    added.push({ min: n, xml: `<col min="${n}" max="${n}" width="${width}" customWidth="1"/>` });
  }
  if (added.length === 0) return xml;
  const all = [...cols.map((col) => ({ min: range(col).min, xml: col })), ...added].sort(
    (a, b) => a.min - b.min,
  );
  const colsXml = `<cols>${all.map((c) => c.xml).join('')}</cols>`;
  if (colsMatch)
    return xml.slice(0, colsMatch.index) + colsXml + xml.slice(colsMatch.index + colsMatch[0].length);
  // ECMA-376 18.3.1.99: <cols> comes right before <sheetData>, where `head` ends.
  return xml + colsXml;
}

function widenDimension(xml: string, lastRow: number, maxColumn: number): string {
  return xml.replace(/<dimension ref="([^"]*)"\s*\/>/, (whole, ref: string) => {
    const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
    if (match === null) return whole;
    const right = Math.max(columnIndexOf((match[3] ?? match[1]) as string), maxColumn);
    const bottom = Math.max(Number(match[4] ?? match[2]), lastRow);
    return `<dimension ref="${match[1]}${match[2]}:${columnLetter(right)}${bottom}"/>`;
  });
}

function widenSpans(attrs: string, minColumn: number, maxColumn: number): string {
  return attrs.replace(/\sspans="(\d+):(\d+)"/, (_whole, from: string, to: string) => {
    const low = Math.min(Number(from), minColumn + 1);
    const high = Math.max(Number(to), maxColumn + 1);
    return ` spans="${low}:${high}"`;
  });
}

function styleAttr(style: number): string {
  return style ? ` s="${style}"` : '';
}

function numberCell(ref: string, style: number, value: number): string {
  if (!Number.isFinite(value)) throw new NotForFastRead('not a finite number');
  return `<c r="${ref}"${styleAttr(style)}><v>${value}</v></c>`;
}

function textCell(ref: string, style: number, text: string): string {
  // XML 1.0 cannot hold these characters at all, not even escaped.
  if (hasCharacterXmlCannotHold(text)) throw new NotForFastRead('control character');
  const escaped = escapeXml(text).replace(/\r/g, '&#13;');
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${styleAttr(style)} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

/** XML 1.0's Char production (2.2) leaves out C0 controls but tab, LF and CR, and U+FFFE/U+FFFF. */
function hasCharacterXmlCannotHold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      code === 0xfffe ||
      code === 0xffff
    )
      return true;
  }
  return false;
}

/** Days since 1899-12-30, Excel's 1900 date system (ECMA-376 Part 1, 18.17.4.1). */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}
