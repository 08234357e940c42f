import type { Cell, CellBlock, ElementLike, SheetGrid } from '@crm/shared';
import { decodeText } from './decodeText.ts';

/**
 * A web page saved under a spreadsheet name, read as Excel and WPS open it: one sheet, named
 * as the page names it for Excel or else after the file, holding the page's tables one under the other and each line of text outside
 * them (a title, an export date) as a row of its own, so row numbers are those the user sees
 * on opening the file. Cells are the text the page shows, `<br>` a line break; a cell spanning
 * rows or columns keeps its text in its first cell and is a merged range, as in a workbook.
 */
export async function readHtmlSheet(fileName: string, bytes: Uint8Array): Promise<SheetGrid | null> {
  const { parseHTML } = await import('linkedom');
  const text = htmlText(bytes);
  // Excel's own web pages name their sheet in an <x:Name> of the head's conditional comment.
  const name = EXCEL_SHEET_NAME.exec(text)?.[1]?.trim() || fileName;
  const { document } = parseHTML(text);
  const grid = new HtmlGrid();
  // A page is walked from <html> (its head shows nothing); a bare table, which linkedom makes
  // the document element itself, is that table.
  const root = document.documentElement as unknown as ElementLike | null;
  if (root?.tagName.toUpperCase() === 'TABLE') grid.addTable(root);
  else if (root !== null) grid.addBlock(root);
  if (grid.tables === 0) return null;
  return { name, rows: grid.rows, ...(grid.merges.length > 0 ? { merges: grid.merges } : {}) };
}

const EXCEL_SHEET_NAME = /<x:Name>([^<]{1,31})<\/x:Name>/;

/**
 * The page's text: in the encoding its byte-order mark or its <meta charset> names (exports
 * from Chinese systems are often GBK and say so), else as a CSV file's text is found.
 */
function htmlText(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? null : declaredCharset(bytes);
  if (declared !== null) {
    try {
      const decoder = new TextDecoder(declared);
      return decoder.decode(bytes, { stream: true }) + decoder.decode();
    } catch {
      // An encoding TextDecoder does not know: found from the bytes instead.
    }
  }
  return decodeText(bytes);
}

/** The charset a page's <meta> declares in its first kilobytes (ASCII in every encoding), or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    'latin1',
  );
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

/** Elements whose text starts a new line on the page (and so a new row of the sheet). */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'UL',
]);
/** Elements whose content is not shown. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE']);

class HtmlGrid {
  readonly rows: Cell[][] = [];
  readonly merges: CellBlock[] = [];
  tables = 0;
  private line = '';

  /** Walks an element that is not a table: tables become rows, text between them lines. */
  addBlock(element: ElementLike): void {
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 3) {
        this.line += node.textContent ?? '';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as ElementLike;
      const tag = child.tagName.toUpperCase();
      if (UNSHOWN.has(tag)) continue;
      if (tag === 'TABLE') {
        this.endLine();
        this.addTable(child);
      } else if (tag === 'BR') {
        this.endLine();
      } else if (BLOCKS.has(tag)) {
        this.endLine();
        this.addBlock(child);
        this.endLine();
      } else {
        this.addBlock(child);
      }
    }
  }

  private endLine(): void {
    const text = collapse(this.line);
    this.line = '';
    if (text !== '') this.rows.push([text]);
  }

  /**
   * A table's rows (its own, not those of a table inside one of its cells), cells placed around
   * those that earlier rows' rowspans still cover, as a browser lays them out.
   */
  addTable(table: ElementLike): void {
    this.tables++;
    const first = this.rows.length;
    const covered: Set<number>[] = [];
    const tableRows = ownRows(table);
    for (let r = 0; r < tableRows.length; r++) {
      const cells: Cell[] = [];
      const taken = covered[r] ?? new Set<number>();
      let column = 0;
      for (const cell of ownCells(tableRows[r] as ElementLike)) {
        while (taken.has(column)) column++;
        const rowSpan = span(cell, 'rowspan', tableRows.length - r);
        const colSpan = span(cell, 'colspan', 1000);
        const text = cellText(cell);
        cells[column] = text === '' ? null : text;
        for (let dr = 0; dr < rowSpan; dr++) {
          const set = covered[r + dr] ?? new Set<number>();
          covered[r + dr] = set;
          for (let dc = 0; dc < colSpan; dc++) if (dr > 0 || dc > 0) set.add(column + dc);
        }
        if (rowSpan > 1 || colSpan > 1) {
          this.merges.push({ row: first + r + 1, column: column + 1, rows: rowSpan, columns: colSpan });
        }
        column += colSpan;
      }
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
      this.rows.push(cells);
    }
  }
}

/** A table's rows in order (thead, tbody, tfoot and bare rows), not those of nested tables. */
function ownRows(table: ElementLike): ElementLike[] {
  const rows: ElementLike[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (const row of Array.from(child.children)) if (row.tagName.toUpperCase() === 'TR') rows.push(row);
    }
  }
  return rows;
}

function ownCells(row: ElementLike): ElementLike[] {
  return Array.from(row.children).filter((cell) => {
    const tag = cell.tagName.toUpperCase();
    return tag === 'TD' || tag === 'TH';
  });
}

/** A rowspan or colspan: a whole number from 1 up to `max` (HTML's 0 means "to the end"). */
function span(cell: ElementLike, attribute: string, max: number): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? '', 10);
  if (value === 0 && attribute === 'rowspan') return max;
  return Number.isFinite(value) && value > 1 ? Math.min(value, max) : 1;
}

/** A cell's shown text: runs of white space one space, `<br>` and blocks inside it line breaks. */
function cellText(cell: ElementLike): string {
  const lines: string[] = [''];
  const walk = (element: ElementLike): void => {
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 3) {
        lines[lines.length - 1] += node.textContent ?? '';
      } else if (node.nodeType === 1) {
        const child = node as ElementLike;
        const tag = child.tagName.toUpperCase();
        if (UNSHOWN.has(tag)) continue;
        if (tag === 'BR') lines.push('');
        else if (tag === 'TD' || tag === 'TH') {
          // A cell of a table inside this cell: its text apart from its neighbours'.
          lines[lines.length - 1] += ' ';
          walk(child);
        } else if (BLOCKS.has(tag) || tag === 'TABLE' || tag === 'TR') {
          lines.push('');
          walk(child);
          lines.push('');
        } else walk(child);
      }
    }
  };
  walk(cell);
  return lines
    .map(collapse)
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * White space as a page shows it: runs of spaces, tabs and line ends one space, none at the
 * ends (where trim also takes the no-break and ideographic spaces a cell is padded with).
 */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim();
}
