import zlib from 'node:zlib';
import { ownedText } from '../cellPool.ts';
import { entryBytes, readZip } from '../rezip.ts';
import { exceljsRules } from './exceljsRules.ts';
import { parseXml } from './parseXml.ts';

/** A shared string as exceljs reads it: plain text, or rich text runs, or {} for an empty `<si/>`. */
export type SharedString = string | { richText?: { text?: string }[] };

/** The parts of an .xlsx the sheets are read with, found where exceljs looks for them. */
export interface XlsxParts {
  entries: NonNullable<ReturnType<typeof readZip>>;
  /** The worksheets exceljs loads, in the workbook's order: name and zip path. */
  sheets: { name: string; path: string; hidden: boolean }[];
  date1904: boolean;
  /** Null when the workbook has no shared strings part (t="s" cells then keep their index). */
  sharedStrings: SharedString[] | null;
  /** The number format code of each cellXfs entry (the cell's `s`), undefined where none. */
  cellFormats: (string | undefined)[];
  /** The sheets read whose cells all stand in column order within their row (as ECMA-376 asks). */
  cellsInOrder: Set<string>;
}

/** Thrown where exceljs's reading would differ or fail: the caller reads with exceljs instead. */
export class NotForFastRead extends Error {}

export function part(parts: Pick<XlsxParts, 'entries'>, path: string): Buffer | null {
  const entry = parts.entries.get(path);
  if (!entry) return null;
  const bytes = entryBytes(entry);
  if (bytes === null) throw new NotForFastRead(`${path}: compression`);
  return bytes;
}

/**
 * The uncompressed bytes of a part a piece at a time, inflated by zlib as they are read (a sheet
 * of a million rows is close to a gigabyte of XML, never whole in memory this way), checked
 * against the entry's size and CRC-32 once all are read; null for a part the workbook lacks.
 */
export function partPieces(parts: Pick<XlsxParts, 'entries'>, path: string): AsyncIterable<Buffer> | null {
  const entry = parts.entries.get(path);
  if (!entry) return null;
  if (entry.method !== 0 && entry.method !== 8) throw new NotForFastRead(`${path}: compression`);
  return (async function* () {
    let size = 0;
    let crc = 0;
    const pieces: Iterable<Buffer> | AsyncIterable<Buffer> =
      entry.method === 0 ? [entry.data] : zlib.createInflateRaw({ chunkSize: PIECE_BYTES }).end(entry.data);
    // zlib's own error for data it cannot inflate goes to readXlsxSheets as it is, as saxes's do.
    for await (const piece of pieces) {
      size += piece.length;
      crc = zlib.crc32(piece, crc);
      yield piece;
    }
    if (size !== entry.size || crc !== entry.crc) throw new NotForFastRead(`${path}: damaged`);
  })();
}

/** What partPieces inflates at a time. */
const PIECE_BYTES = 1 << 20;

export function readXlsxParts(bytes: Uint8Array): XlsxParts {
  const entries = readZip(bytes);
  if (entries === null) throw new NotForFastRead('zip layout');
  const parts = { entries };
  const workbook = part(parts, 'xl/workbook.xml');
  if (workbook === null) throw new NotForFastRead('no xl/workbook.xml');
  const declared: { name: string; id: string; rId: string; hidden: boolean }[] = [];
  let date1904 = false;
  parseXml(workbook, {
    open(tag) {
      const a = tag.attributes;
      if (tag.name === 'sheet')
        declared.push({
          name: a.name ?? '',
          id: a.sheetId ?? '',
          rId: a['r:id'] ?? '',
          // ECMA-376 ST_SheetState: visible (the default), hidden, veryHidden.
          hidden: a.state === 'hidden' || a.state === 'veryHidden',
        });
      else if (tag.name === 'workbookPr') date1904 = a.date1904 === '1';
    },
    close() {},
  });
  const targets = new Map<string, string>();
  const rels = part(parts, 'xl/_rels/workbook.xml.rels');
  if (rels !== null) {
    parseXml(rels, {
      open(tag) {
        if (tag.name === 'Relationship') targets.set(tag.attributes.Id ?? '', tag.attributes.Target ?? '');
      },
      close() {},
    });
  }
  // exceljs keys its worksheets by sheetId: two sheets with one id would become one.
  if (new Set(declared.map((s) => s.id)).size !== declared.length) throw new NotForFastRead('sheet ids');
  const sheets: XlsxParts['sheets'] = [];
  for (const sheet of declared) {
    const target = targets.get(sheet.rId);
    if (target === undefined) continue;
    // The path exceljs resolves a sheet's target to, and the entries it loads as worksheets
    // (a chartsheet is neither).
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (entries.has(path) && /xl\/worksheets\/sheet(\d+)[.]xml/.test(path))
      sheets.push({ name: sheet.name, path, hidden: sheet.hidden });
  }
  return {
    entries,
    sheets,
    date1904,
    sharedStrings: readSharedStrings(parts),
    cellFormats: readCellFormats(parts),
    cellsInOrder: new Set(),
  };
}

function readSharedStrings(parts: Pick<XlsxParts, 'entries'>): SharedString[] | null {
  const bytes = part(parts, 'xl/sharedStrings.xml');
  if (bytes === null) return null;
  const { decodeEscapes } = textRules();
  const strings: SharedString[] = [];
  // As exceljs's SharedStringXform: an <si>'s value is the text of its <t> (escapes like _x000D_
  // decoded) or its runs' texts; phonetic runs (<rPh>) are read past.
  let item: SharedString = {};
  let runs: { text?: string }[] | null = null;
  let run: { text?: string } | null = null;
  let text: string[] | null = null;
  let depth = 0; // inside <rPh> or <rPr>
  parseXml(bytes, {
    open(tag) {
      if (depth > 0) {
        depth++;
        return;
      }
      switch (tag.name) {
        case 'si':
          item = {};
          runs = null;
          break;
        case 'rPh':
        case 'rPr':
          depth = 1;
          break;
        case 'r':
          run = {};
          break;
        case 't':
          text = [];
          break;
        case 'sst':
          break;
        default:
          if (run === null) throw new NotForFastRead(`sharedStrings: <${tag.name}>`);
      }
    },
    text(value) {
      if (depth === 0 && text !== null) text.push(value);
    },
    close(name) {
      if (depth > 0) {
        depth--;
        return;
      }
      if (name === 't' && text !== null) {
        // Its own string: kept for the whole run, a view into saxes's piece of the XML would keep
        // that piece alive (see ownedText).
        const value = ownedText(decodeEscapes(text.join('')));
        if (run !== null) run.text = value;
        else item = value;
        text = null;
      } else if (name === 'r' && run !== null) {
        if (runs === null) {
          if (typeof item === 'string') throw new NotForFastRead('sharedStrings: text and runs');
          runs = [];
          item.richText = runs;
        }
        runs.push(run);
        run = null;
      } else if (name === 'si') {
        strings.push(item);
      }
    },
  });
  return strings;
}

function readCellFormats(parts: Pick<XlsxParts, 'entries'>): (string | undefined)[] {
  const bytes = part(parts, 'xl/styles.xml');
  if (bytes === null) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inside: 'numFmts' | 'cellXfs' | null = null;
  parseXml(bytes, {
    open(tag) {
      if (tag.name === 'numFmts' || tag.name === 'cellXfs') inside = tag.name;
      else if (inside === 'numFmts' && tag.name === 'numFmt')
        custom.set(Number.parseInt(tag.attributes.numFmtId ?? '', 10), tag.attributes.formatCode ?? '');
      else if (inside === 'cellXfs' && tag.name === 'xf')
        ids.push(Number.parseInt(tag.attributes.numFmtId ?? '', 10));
    },
    close(name) {
      if (name === inside) inside = null;
    },
  });
  const rules = exceljsRules();
  // As exceljs's StylesXform.getStyleModel: an id of 0 (or none) has no format.
  return ids.map((id) => (id ? custom.get(id) || rules.builtInFormat(id) : undefined));
}

/** `_xHHHH_` escapes, decoded in shared strings and rich text runs as exceljs's TextXform does. */
export function textRules(): { decodeEscapes(text: string): string } {
  return {
    decodeEscapes: (text) =>
      text.replace(/_x([0-9A-F]{4})_/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16))),
  };
}
