// "Excel" files as systems export them: a web page with a table, Excel 2003's XML Spreadsheet or
// Unicode text, each under an .xls name (Excel and WPS open them all), and the files crm cannot
// read, each refused with what to do.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCliLanguage } from '../texts/currentTexts.ts';
import { tableFormatOf } from './fileErrors.ts';
import { openWorkbookFile } from './openWorkbookFile.ts';
import { readTableFile } from './readTableFile.ts';

const exported = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/exports/${name}`, import.meta.url));

let dir: string;
beforeAll(async () => {
  setCliLanguage('en');
  dir = await mkdtemp(join(tmpdir(), 'crm-exported-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('a web page saved as .xls (GB2312, as an ERP exports its customer list)', () => {
  const path = exported('客户资料导出.xls');

  it('is one sheet named as the page names it for Excel, rows as Excel shows them', async () => {
    const workbook = await openWorkbookFile(path);
    expect(workbook.format).toBe('html');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['客户资料']);
    const [sheet] = workbook.sheets;
    expect(sheet?.rows).toEqual([
      ['客户资料明细表'],
      ['导出时间：2026-11-28 17:42:05\u00a0\u00a0操作员：admin'],
      ['客户编号', '客户名称', '联系人', '手机', '地址', '负责人', '最近购买日期', '累计消费', '备注'],
      [
        '00123',
        '杭州明远贸易有限公司',
        '周建国',
        '139 5712 8846',
        '浙江省杭州市西湖区\n文三路 90 号 5 楼',
        '王丽',
        '2026-11-02',
        '12,480.00',
        null,
      ],
      // 负责人 spans two rows: the cell under it is part of the merge, and empty as read.
      [
        '00124',
        '宁波港兴五金',
        '陈 静',
        '13805741230',
        '宁波市江北区槐树路 18 号',
        null,
        '2026-06-15',
        '3,260.50',
        '老客户，月结',
      ],
      ['00125', '温州瓯海鞋材厂', '林海', '0577-8862 1135', null, '刘洋', '2025-12-20', '860.00', null],
      [
        '00126',
        '绍兴柯桥纺织（个人）',
        '何晓梅',
        '15967501188',
        '绍兴市柯桥区',
        '刘洋',
        null,
        null,
        '展会名片',
      ],
      ['合计', null, null, null, null, null, null, '16,600.50', null],
    ]);
    expect(sheet?.merges).toEqual([
      { row: 1, column: 1, rows: 1, columns: 9 },
      { row: 2, column: 1, rows: 1, columns: 9 },
      { row: 4, column: 6, rows: 2, columns: 1 },
      { row: 8, column: 1, rows: 1, columns: 7 },
    ]);
  });

  it('finds the header below the title lines, and the total is not a customer', async () => {
    const table = await readTableFile(path);
    expect(table.headerRow).toBe(3);
    expect(table.rows.map((row) => row[0])).toContain('00126');
  });
});

describe('pages as other systems write them', () => {
  it.each([
    [
      'a table in a UTF-8 page without a charset, cells in <th>, thead and tbody',
      '<!DOCTYPE html><html><body><h3>Customers</h3><table><thead><tr><th>ID</th><th>Name</th></tr></thead><tbody><tr><td>A1</td><td>Li  Lei</td></tr></tbody></table></body></html>',
      [['Customers'], ['ID', 'Name'], ['A1', 'Li Lei']],
    ],
    [
      'a table inside a cell of a layout table keeps to its own rows',
      '<html><body><table><tr><td>导出<table><tr><td>内嵌</td></tr></table></td></tr><tr><td>客户编号</td></tr></table></body></html>',
      [['导出\n内嵌'], ['客户编号']],
    ],
    [
      'a rowspan of 0 reaches the end of the table, and spans push later cells right',
      '<table><tr><td rowspan="0">A</td><td colspan="2">B</td><td>C</td></tr><tr><td>D</td><td>E</td></tr></table>',
      [
        ['A', 'B', null, 'C'],
        [null, 'D', 'E'],
      ],
    ],
    [
      'scripts and styles show nothing',
      '<html><head><style>td{color:red}</style></head><body><script>var a="<td>x</td>";</script><table><tr><td>客户编号</td></tr></table></body></html>',
      [['客户编号']],
    ],
  ])('%s', async (_, html, rows) => {
    const workbook = await openWorkbookFile(await file('page.xls', html));
    expect(workbook.sheets[0]?.rows).toEqual(rows);
  });

  it('reads a GBK page that declares its charset by <meta charset>', async () => {
    const html =
      '<html><head><meta charset="gbk"></head><body><table><tr><td>客户编号</td><td>姓名</td></tr><tr><td>C1</td><td>张三</td></tr></table></body></html>';
    const encoded = encodeGbk(html);
    const workbook = await openWorkbookFile(await file('gbk.xls', encoded));
    expect(workbook.sheets[0]?.rows).toEqual([
      ['客户编号', '姓名'],
      ['C1', '张三'],
    ]);
  });

  it('refuses a page without a table, saying so', async () => {
    const path = await file('notice.xls', '<html><body><p>导出失败：会话已过期</p></body></html>');
    await expect(openWorkbookFile(path)).rejects.toThrow(
      `cannot read ${path}: it is a web page (HTML) with no table in it`,
    );
  });
});

describe("Excel 2003's XML Spreadsheet saved as .xls (an ERP's sales list)", () => {
  const path = exported('销售出库明细.xls');

  it('reads every worksheet with its types, gaps, merges and hidden state; a comment is not a value', async () => {
    const workbook = await openWorkbookFile(path);
    expect(workbook.format).toBe('spreadsheetml');
    expect(workbook.dateObjects).toBe('utc');
    expect(workbook.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ['参数', true],
      ['销售出库明细', false],
    ]);
    const sheet = workbook.sheets[1];
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(sheet?.rows).toEqual([
      ['销售出库明细（2026年）'],
      [],
      ['单据日期', '单据编号', '客户编码', '客户名称', '价税合计', '业务员'],
      [day('2026-03-05'), 'XSCK-2026-0312', '00123', '杭州明远贸易有限公司', 4160, '王丽'],
      [day('2026-07-18'), 'XSCK-2026-0788', null, null, 4160, '王丽'],
      [day('2026-11-02'), 'XSCK-2026-1104', null, null, 4160, '王丽'],
      [day('2026-06-15'), 'XSCK-2026-0655', '00124', '宁波港兴五金', 3260.5, '王丽'],
      [day('2025-12-20'), 'XSCK-2025-1290', '00125', '温州瓯海鞋材厂', 860, '刘洋'],
      ['合计', null, null, null, 16600.5],
    ]);
    expect(sheet?.merges).toEqual([
      { row: 1, column: 1, rows: 1, columns: 6 },
      { row: 4, column: 3, rows: 3, columns: 1 },
      { row: 4, column: 4, rows: 3, columns: 1 },
      { row: 9, column: 1, rows: 1, columns: 4 },
    ]);
  });

  it('takes the visible sheet for a table, not the hidden export parameters', async () => {
    const table = await readTableFile(path, { role: 'orders' });
    expect(table.header).toEqual(['单据日期', '单据编号', '客户编码', '客户名称', '价税合计', '业务员']);
  });

  it('refuses a broken file with what is wrong', async () => {
    const broken = await file(
      'broken.xls',
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="a"><Table><Row>',
    );
    await expect(openWorkbookFile(broken)).rejects.toThrow(/not a valid Excel 2003 XML Spreadsheet/);
  });
});

describe('other files under an .xls name', () => {
  it("reads Excel's Unicode text (UTF-16, tab-separated) as a table", async () => {
    const path = exported('会员导出.xls');
    expect(tableFormatOf(path, 'read')).toBe('csv');
    const table = await readTableFile(path);
    expect(table.header).toEqual(['客户编号', '姓名', '手机', '累计消费']);
    expect(table.rows).toEqual([
      ['00123', '周建国', '13957128846', '12480'],
      ['00124', '陈静', '13805741230', '3260.5'],
    ]);
  });

  it('reads an .xlsx workbook saved under an .xls name', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('客户').addRows([
      ['客户编号', '姓名'],
      ['C001', '张三'],
    ]);
    const path = await file('renamed.xls', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect((await readTableFile(path)).rows).toEqual([['C001', '张三']]);
  });

  it('never writes one: crm writes .xlsx and .csv', () => {
    expect(() => tableFormatOf(join(dir, 'out.xls'), 'write')).toThrow(
      'crm writes .xlsx and .csv files, not .xls: name an .xlsx or .csv file with --out',
    );
  });
});

describe('workbooks crm cannot read, each refused with what to do', () => {
  it.each([
    [
      'an Excel 97–2003 workbook',
      'customers.xls',
      compoundFile(['Workbook', '\u0005SummaryInformation']),
      'it is an Excel 97–2003 (or WPS) binary workbook (.xls), which crm cannot read: open it in Excel or WPS and save it as .xlsx or .csv',
    ],
    [
      "a WPS spreadsheet in WPS's own format",
      '客户.et',
      compoundFile(['Workbook']),
      'it is an Excel 97–2003 (or WPS) binary workbook (.et), which crm cannot read: open it in Excel or WPS and save it as .xlsx or .csv',
    ],
    [
      'an .xlsx protected with a password to open',
      'customers.xlsx',
      compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
      'it is protected with a password to open (encrypted), so crm cannot read it: open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, cleared; WPS: File → Document Encryption), save it and try again',
    ],
    [
      'an .xls renamed .xlsx',
      'renamed.xlsx',
      compoundFile(['Workbook']),
      'it is an old Excel/WPS workbook (.xls or .et) with an .xlsx name: open it in Excel or WPS and save it as .xlsx or .csv',
    ],
  ])('%s', async (_, name, bytes, reason) => {
    const path = await file(name, bytes);
    await expect(openWorkbookFile(path)).rejects.toThrow(`cannot read ${path}: ${reason}`);
  });

  it('says a named .xls that is not there is not there', async () => {
    const path = join(dir, 'missing.xls');
    await expect(openWorkbookFile(path)).rejects.toThrow(`cannot read ${path}: no such file`);
  });
});

/** GBK bytes of a text, as a Chinese system writes its export (Node decodes GBK but has no encoder). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(char) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

/**
 * An OLE compound file (MS-CFB, version 3: 512-byte sectors) holding empty streams of the given
 * names: its header, one FAT sector and one directory sector, as Office lays them out.
 */
function compoundFile(streams: readonly string[]): Uint8Array {
  const SECTOR = 512;
  const bytes = new Uint8Array(SECTOR * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true); // minor version
  view.setUint16(26, 3, true); // major version 3
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // 512-byte sectors
  view.setUint16(32, 6, true); // 64-byte mini sectors
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // the directory starts at sector 1
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, 0xfffffffe, true); // no mini FAT
  view.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0): itself, then the directory's one-sector chain, the rest free.
  const fat = SECTOR;
  for (let i = 0; i < 128; i++) view.setUint32(fat + 4 * i, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  // Directory (sector 1): the root, then each stream as the right sibling of the one before.
  const entries = ['Root Entry', ...streams];
  entries.forEach((name, i) => {
    const at = 2 * SECTOR + 128 * i;
    const encoded = Buffer.from(`${name}\u0000`, 'utf16le');
    bytes.set(encoded, at);
    view.setUint16(at + 64, encoded.length, true);
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage, or stream
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, 0xffffffff, true);
    view.setUint32(at + 72, i > 0 && i < entries.length - 1 ? i + 1 : 0xffffffff, true);
    view.setUint32(at + 76, i === 0 && entries.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(at + 116, 0xfffffffe, true); // no data
  });
  return bytes;
}

describe('any table a system writes is read back cell for cell', () => {
  // Cell texts as exports hold them: Chinese and Latin words, digits, markup characters and
  // entities to escape, single spaces inside; empty cells too.
  const word = fc.constantFrom(
    '客户',
    '张伟',
    'Li',
    '00123',
    '¥1,234.50',
    'a<b>&c',
    '"引号"',
    "O'Neil",
    '2026-03-05',
    '=SUM(A1)',
  );
  const cellText = fc.oneof(
    fc.constant(''),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
  );
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }))
    .chain(([columns, rows]) =>
      fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
  const markupOf = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const expected = (rows: string[][]) => rows.map((row) => row.map((text) => (text === '' ? null : text)));

  it('from a web page', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const html = `<html><body><table>${rows
          .map((row) => `<tr>${row.map((text) => `<td>${markupOf(text)}</td>`).join('')}</tr>`)
          .join('\n')}</table></body></html>`;
        const read = await openWorkbookFile(await file('property.xls', html));
        expect(read.sheets[0]?.rows).toEqual(expected(rows));
      }),
      { numRuns: 60 },
    );
  });

  it('from Excel 2003 XML, with the empty cells left out and the next cell placed by ss:Index', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const xmlRows = rows.map((row) => {
          let skipped = false;
          const cells = row.map((text, c) => {
            if (text === '') {
              skipped = true;
              return '';
            }
            const index = skipped ? ` ss:Index="${c + 1}"` : '';
            skipped = false;
            return `<Cell${index}><Data ss:Type="String">${markupOf(text)}</Data></Cell>`;
          });
          return `<Row>${cells.join('')}</Row>`;
        });
        const xml = `<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="表"><Table>${xmlRows.join('\n')}</Table></Worksheet></Workbook>`;
        const read = await openWorkbookFile(await file('property.xls', xml));
        // Trailing empty cells are not in the file, so not in the row.
        const trimmed = expected(rows).map((row) => {
          const cells = [...row];
          while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
          return cells;
        });
        expect(read.sheets[0]?.rows).toEqual(trimmed);
      }),
      { numRuns: 60 },
    );
  });
});
