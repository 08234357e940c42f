import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cell, MANAGED_COLUMNS, type ManagedColumnsWrite, mergeManagedColumns } from '@crm/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../support/CliError.ts';
import { writeCsvFile } from './csvFile.ts';
import { writeCsvPatchingLines } from './csvLinePatch.ts';
import { managedColumnsFor } from './managedColumnsFor.testing.ts';
import { openWorkbookFile, type WorkbookFile } from './openWorkbookFile.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-csv-lines-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The managed columns of the file's table (header on row 1), each data row given `values`; the
 * table ends `rowsAfter` rows before the file does (notes below a ledger).
 */
function managed(file: WorkbookFile, values: (row: number) => Cell[], rowsAfter = 0): ManagedColumnsWrite {
  const grid = file.sheets[0]?.rows ?? [];
  return managedColumnsFor(grid, {
    language: 'en',
    lastRow: Math.max(1, grid.length - rowsAfter),
    valuesOf: values,
  });
}

let written = 0;

/**
 * Writes `input` classified both ways, the general way and from its own lines: the two files
 * must be the same bytes. Says whether the lines were used (false: the general way wrote both).
 */
async function bothWays(
  input: string,
  values: (row: number) => Cell[],
  rowsAfter = 0,
): Promise<{ used: boolean; bytes: Buffer; refused: boolean }> {
  let file: WorkbookFile;
  try {
    file = await openWorkbookFile(input);
  } catch (error) {
    // A file the reader refuses (a quote that swallows lines): nothing is written either way.
    if (error instanceof CliError) return { used: false, bytes: Buffer.alloc(0), refused: true };
    throw error;
  }
  const write = managed(file, values, rowsAfter);
  const rows = file.sheets[0]?.rows ?? [];
  const n = written++;
  const general = join(dir, `general-${n}.csv`);
  const patched = join(dir, `patched-${n}.csv`);
  await writeCsvFile(general, [mergeManagedColumns(rows, write)]);
  const used = file.csv !== undefined && (await writeCsvPatchingLines(file.csv, rows, write, patched));
  const expected = await readFile(general);
  if (used) expect((await readFile(patched)).toString('latin1')).toBe(expected.toString('latin1'));
  await rm(general);
  await rm(patched, { force: true });
  return { used, bytes: expected, refused: false };
}

/** Cells as sheets hold them, and as the writer must treat them: quotes, formulas, spaces, breaks. */
const TEXTS = [
  'C001',
  '张三',
  '广州市天河区, 体育西路',
  'say "hi"',
  ' leading space',
  'trailing space ',
  '+86 139 1234 5678',
  "'+86 139 1234 5678",
  "'not a formula",
  '=SUM(A1:A3)',
  '-',
  '-12.5',
  "'-12.5",
  '-1,234.50',
  '-0042',
  "'-0042",
  '@handle',
  '\tindented',
  'two\nlines',
  'two\r\nlines',
  'ends in cr\r',
  'bom\uFEFFinside',
  '',
  '１２３',
  'emoji 😀',
  'a"b',
];

/** How one cell is written in the file: plain when it can be, quoted, or quoted when it need not be. */
const field = fc.tuple(
  fc.constantFrom(...TEXTS),
  fc.constantFrom('plain', 'plain', 'plain', 'quoted', 'quoted-anyway'),
);

function fieldText([text, how]: [string, string]): string {
  const needs = /[",\r\n\uFEFF]|^ | $/.test(text);
  if (how === 'quoted-anyway' || (needs && how !== 'plain')) return `"${text.replaceAll('"', '""')}"`;
  // Written plain even where it needs quotes: a quote inside an unquoted field stays a character
  // (a comma or line break makes other fields or lines, as in a file written carelessly).
  return text;
}

const line = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.array(field, { minLength: 1, maxLength: 6 }).map((f) => f.map(fieldText).join(',')),
  },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant(',,') },
);

/** A CSV file: BOM or not, LF or CRLF (or both), a final line end or not, blank lines at the end. */
const csvFile = fc
  .record({
    header: fc.constantFrom('客户编号,姓名,地址', 'id,name,address,phone', 'Customer ID,Name'),
    lines: fc.array(line, { maxLength: 40 }),
    bom: fc.boolean(),
    ends: fc.constantFrom(['\n'], ['\r\n'], ['\n', '\r\n']),
    finalEnd: fc.boolean(),
    blankAtEnd: fc.nat(3),
    invalidByte: fc.option(fc.nat(1000), { freq: 8 }),
  })
  .map(({ header, lines, bom, ends, finalEnd, blankAtEnd, invalidByte }) => {
    const all = [header, ...lines, ...new Array<string>(blankAtEnd).fill('')];
    let text = '';
    all.forEach((l, i) => {
      text += l;
      if (i < all.length - 1 || finalEnd) text += ends[i % ends.length];
    });
    let bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
    if (invalidByte !== null && bytes.length > 0) {
      // A byte that is not UTF-8 (a file saved in another encoding, or damaged).
      const at = Math.min(bytes.length, (bom ? 3 : 0) + (invalidByte % Math.max(1, bytes.length)));
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
    }
    return bytes;
  });

/** Managed values as a run gives them, some of which the writer must quote or neutralise. */
const VALUES: Cell[] = [
  5,
  3.5,
  'Champions',
  '冠军客户',
  '',
  null,
  '=1+1',
  'a,b',
  '2026-03-05',
  '-',
  'say "x"',
  ' padded ',
  'two\nlines',
  '\ufeffmarked',
  true,
  new Date(Date.UTC(2026, 2, 5)),
  'Customers who bought often and recently, long ago',
  '高价值客户，最近三个月内购买过两次以上的老客户群体，需重点维护跟进',
];

function valuesOf(seed: number): (row: number) => Cell[] {
  return (row) => MANAGED_COLUMNS.map((_, k) => VALUES[(row * 7 + k * 3 + seed) % VALUES.length] ?? '');
}

describe('writeCsvPatchingLines', () => {
  it('writes the bytes the general way writes, from any CSV file, and uses the lines of most', async () => {
    let used = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(csvFile, fc.nat(20), async (bytes, seed) => {
        const input = join(dir, 'input.csv');
        await writeFile(input, bytes);
        const { used: linesUsed, refused } = await bothWays(input, valuesOf(seed), seed % 3);
        if (refused) return;
        runs++;
        if (linesUsed) used++;
      }),
      { numRuns: 300 },
    );
    // The files are mostly UTF-8 with commas, and about half repair no quote and have no byte
    // that is not UTF-8: the lines must be used for many of them (0 if they never were).
    expect(used / runs).toBeGreaterThan(0.3);
  });

  it('writes a file it wrote itself again the same way: its managed columns are replaced', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, fc.nat(20), fc.nat(20), async (bytes, first, second) => {
        const input = join(dir, 'rerun.csv');
        await writeFile(input, bytes);
        const once = await bothWays(input, valuesOf(first));
        if (once.refused) return;
        await writeFile(input, once.bytes);
        const twice = await bothWays(input, valuesOf(second));
        // The file the toolkit wrote is plain UTF-8 with commas: its lines are always usable.
        expect(twice.used).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['semicolons', 'id;name\r\nC001;张三\r\n'],
    ['tabs', 'id\tname\r\nC001\t张三\r\n'],
    ['a quote Papa Parse repairs', 'id,name,note\r\nC001,"张三" 先生,"x"\r\nC002,李四,\r\n'],
    ['an old Mac file (CR only)', 'id,name\rC001,张三\r'],
  ])('leaves a file with %s to the general way', async (_, text) => {
    const input = join(dir, 'other.csv');
    await writeFile(input, text);
    expect((await bothWays(input, valuesOf(1))).used).toBe(false);
  });

  it('leaves a file saved as GB18030 to the general way', async () => {
    const input = join(dir, 'gbk.csv');
    // 客户编号,姓名 / C001,张三 in GB18030.
    const gbk = Buffer.from('bfcdbba7b1e0bac52cd0d5c3fb0d0a433030312cd5c5c8fd0d0a', 'hex');
    await writeFile(input, gbk);
    expect((await bothWays(input, valuesOf(1))).used).toBe(false);
  });

  it('uses the lines of a UTF-8 file with a BOM, and of one with LF line ends', async () => {
    for (const text of ['\uFEFFid,name\r\nC001,张三\r\n', 'id,name\nC001,+86 139\nC002,"a, b"\n']) {
      const input = join(dir, 'usable.csv');
      await writeFile(input, text);
      expect((await bothWays(input, valuesOf(2))).used).toBe(true);
    }
  });

  it.each([
    ['more lines than rows', (rows: Cell[][]) => rows.slice(0, -1)],
    ['fewer lines than rows', (rows: Cell[][]) => [...rows, ['C009', '王五']]],
  ])('writes nothing from lines that are not the rows read (%s)', async (_, rowsOf) => {
    const input = join(dir, 'mismatch.csv');
    await writeFile(input, 'id,name\r\nC001,张三\r\nC002,李四\r\n');
    const file = await openWorkbookFile(input);
    const rows = rowsOf(file.sheets[0]?.rows ?? []);
    const write = managed(file, valuesOf(3));
    const out = join(dir, 'mismatch-out.csv');
    expect(file.csv && (await writeCsvPatchingLines(file.csv, rows, write, out))).toBe(false);
    // Nothing is left behind: no output, no temporary file.
    expect((await readdir(dir)).filter((name) => name.includes('mismatch-out'))).toEqual([]);
  });

  it('writes nothing from the lines of a file changed since it was read', async () => {
    const input = join(dir, 'changed.csv');
    await writeFile(input, 'id,name\r\nC001,张三\r\nC002,李四\r\n');
    const file = await openWorkbookFile(input);
    const write = managed(file, valuesOf(3));
    // Saved again meanwhile, one row changed: its lines no longer are the rows read.
    await writeFile(input, 'id,name\r\nC001,张三丰\r\nC002,李四\r\n');
    const out = join(dir, 'changed-out.csv');
    const rows = file.sheets[0]?.rows ?? [];
    expect(file.csv && (await writeCsvPatchingLines(file.csv, rows, write, out))).toBe(false);
    await expect(readFile(out)).rejects.toThrow();
  });
});
