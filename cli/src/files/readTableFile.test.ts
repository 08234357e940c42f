import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../support/CliError.ts';
import { setCliLanguage } from '../texts/currentTexts.ts';
import { openWorkbookFile } from './openWorkbookFile.ts';
import { readTableFile } from './readTableFile.ts';

let dir: string;
beforeAll(async () => {
  setCliLanguage('en');
  dir = await mkdtemp(join(tmpdir(), 'crm-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url));
const GBK_FIXTURE = fixture('customers-gbk.csv');

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('readTableFile on CSV', () => {
  const csv = '客户编号,姓名,手机,消费金额\r\nC001,张三,13912345678,"¥1,234.50"\r\n00123,Li Lei,,980 元\r\n';
  const expected = {
    header: ['客户编号', '姓名', '手机', '消费金额'],
    rows: [
      ['C001', '张三', '13912345678', '¥1,234.50'],
      ['00123', 'Li Lei', '', '980 元'],
    ],
    headerRow: 1,
  };

  it('reads UTF-8 without BOM, keeping every cell as written text', async () => {
    expect(await readTableFile(await file('plain.csv', csv))).toEqual(expected);
  });

  it('reads UTF-8 with BOM without a stray BOM in the first header', async () => {
    const table = await readTableFile(await file('bom.csv', `\uFEFF${csv}`));
    expect(table).toEqual(expected);
    expect(table.header[0]).toBe('客户编号');
  });

  it('reads GBK bytes as a Chinese Excel/WPS saves them', async () => {
    const table = await readTableFile(GBK_FIXTURE);
    expect(table.header).toEqual([
      '客户编号',
      '姓名',
      '公司',
      '手机',
      '最近购买日期',
      '购买次数',
      '消费金额',
      '备注',
    ]);
    expect(table.rows).toEqual([
      ['C001', '张三', '上海明华贸易有限公司', '13912345678', '2025/12/3', '5', '￥12,800.00', '老客户'],
      ['C002', '李四', '北京华信科技', '+86 138 0013 8000', '2025年6月1日', '1', '980 元', ''],
    ]);
  });

  it('reads Big5 bytes as Excel saves them in Taiwan and Hong Kong (not as GBK, which would garble them)', async () => {
    const table = await readTableFile(fixture('customers-big5.csv'));
    expect(table.header).toEqual([
      '客戶編號',
      '公司名稱',
      '聯絡人',
      '行動電話',
      '電子信箱',
      '最近購買日期',
      '消費金額',
      '備註',
    ]);
    expect(table.rows).toEqual([
      [
        'TW-01',
        '台北精密工業股份有限公司',
        '林志明',
        '0912-345-678',
        'chiming@tpp.com.tw',
        '115/11/20',
        'NT$120,000',
        '老客戶',
      ],
      [
        'TW-02',
        '新竹光電',
        '陳美玲',
        '0933 111 222',
        'meiling@hcoe.com.tw',
        '115/10/02',
        '56,000元',
        '展會認識',
      ],
      [
        'HK-01',
        '偉達貿易有限公司',
        '陳大文',
        '+852 9123 4567',
        'david@waita.com.hk',
        '2026/09/03',
        'HK$12,000.00',
        '',
      ],
    ]);
  });

  it('reads Windows-1252 bytes as Excel saves them in the West (accents and curly quotes kept)', async () => {
    const table = await readTableFile(fixture('customers-cp1252.csv'));
    expect(table.rows.map((row) => [row[1], row[2], row[3], row[5]])).toEqual([
      ['José Müller', 'Café Noir GmbH', 'Zürich', 'Met at the trade fair – “very keen”'],
      ['Anna Berg', 'Smørrebrød A/S', 'Århus', ''],
      ['Françoise Dupré', 'Crème & Co', 'Nîmes', 'naïve façade™'],
    ]);
  });

  it('finds the header below blank and title lines, keeps its row number and drops trailing blank lines', async () => {
    const table = await readTableFile(
      await file('blank.csv', '\n,,\n客户名单 2026\nName,Email\nAnn,ann@x.com\n\nBob,\n\n\n'),
    );
    expect(table).toEqual({
      header: ['Name', 'Email'],
      rows: [['Ann', 'ann@x.com'], [''], ['Bob', '']],
      headerRow: 4,
    });
  });

  it('keeps quoted commas and line breaks inside one cell', async () => {
    const table = await readTableFile(
      await file('quoted.csv', 'Name,Address\n"Wang, Fang","上海市\n浦东新区"\n'),
    );
    expect(table.rows).toEqual([['Wang, Fang', '上海市\n浦东新区']]);
  });

  it('keeps short rows as written (the readers take missing cells as empty)', async () => {
    const table = await readTableFile(await file('short.csv', 'Name,B,C\n1\n'));
    expect(table.rows).toEqual([['1']]);
  });

  it('reads tab-separated UTF-16 ("Unicode text") exports', async () => {
    const text = '\uFEFF姓名\t城市\r\n张三\t杭州\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(await readTableFile(await file('utf16.csv', bytes))).toEqual({
      header: ['姓名', '城市'],
      rows: [['张三', '杭州']],
      headerRow: 1,
    });
  });
});

describe('readTableFile on XLSX', () => {
  async function workbookFile(name: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const customers = workbook.addWorksheet('客户');
    customers.addRow(['客户编号', '姓名', '最近购买日期', '消费金额', '备注', '网站']);
    customers.addRow([
      'C001',
      { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] },
      new Date(Date.UTC(2025, 11, 3)),
      12800.5,
      { formula: 'D2*2', result: 25601 },
      { text: '官网', hyperlink: 'https://example.com' },
    ]);
    customers.addRow(['C002', 'Li Lei', null, { error: '#N/A' }, true, null]);
    const orders = workbook.addWorksheet('Orders');
    orders.addRow(['客户编号', '日期', '金额']);
    orders.addRow(['C001', new Date(Date.UTC(2025, 11, 3)), 99]);
    const path = join(dir, name);
    await workbook.xlsx.writeFile(path);
    return path;
  }

  it('reads numbers, UTC dates, rich text, formula results and hyperlink text', async () => {
    const table = await readTableFile(await workbookFile('cells.xlsx'));
    expect(table.header).toEqual(['客户编号', '姓名', '最近购买日期', '消费金额', '备注', '网站']);
    expect(table.rows).toEqual([
      ['C001', '张三', new Date(Date.UTC(2025, 11, 3)), 12800.5, 25601, '官网'],
      ['C002', 'Li Lei', null, '#N/A', true],
    ]);
  });

  it('reads every sheet of a workbook, and a named one case-insensitively', async () => {
    const path = await workbookFile('sheets.xlsx');
    const opened = await openWorkbookFile(path);
    expect(opened.sheets.map((s) => s.name)).toEqual(['客户', 'Orders']);
    expect(opened.dateObjects).toBe('utc');
    expect(opened.sheets[1]?.rows).toEqual([
      ['客户编号', '日期', '金额'],
      ['C001', new Date(Date.UTC(2025, 11, 3)), 99],
    ]);
    expect((await readTableFile(path, { sheet: 'ORDERS', role: 'orders' })).header).toEqual([
      '客户编号',
      '日期',
      '金额',
    ]);
    expect((await readTableFile(path, { role: 'orders' })).rows).toHaveLength(1);
  });

  it('names the sheets there are when the asked one is missing', async () => {
    const path = await workbookFile('missing-sheet.xlsx');
    await expect(readTableFile(path, { sheet: 'Kunden' })).rejects.toThrow(
      `cannot read ${path}: no sheet named "Kunden" (sheets: 客户, Orders)`,
    );
  });
});

describe('readTableFile errors', () => {
  it.each([
    ['a missing file', () => join(dir, 'customers.xlsx'), /^cannot read .*customers\.xlsx: no such file$/],
    ['a directory', () => dir, /unsupported file type|is a directory/],
    [
      'an unknown extension',
      () => join(dir, 'customers.pdf'),
      /unsupported file type "\.pdf" \(expected \.csv or \.xlsx\)/,
    ],
    [
      'a Numbers document',
      () => join(dir, 'customers.numbers'),
      /\.numbers files are not supported; save it as \.xlsx or \.csv/,
    ],
  ])('explains %s', async (_, path, message) => {
    const error = await readTableFile(path()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(message);
  });

  describe('a file that is not CSV text under a CSV name', () => {
    it('names an .xlsx workbook saved as .csv', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('客户').addRow(['客户编号', '姓名']);
      const path = await file('客户.csv', new Uint8Array(await workbook.xlsx.writeBuffer()));
      await expect(readTableFile(path)).rejects.toThrow(
        `cannot read ${path}: it is an .xlsx workbook (or another zip file) with a .csv name: rename it to .xlsx and try again`,
      );
    });

    it('names an Excel 97–2003 or WPS workbook saved as .txt', async () => {
      // An OLE compound file: its signature, then its header and sectors.
      const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
      const bytes = new Uint8Array(4096);
      bytes.set(signature);
      bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff], 24);
      const path = await file('customers.txt', bytes);
      await expect(readTableFile(path)).rejects.toThrow(
        `cannot read ${path}: it is an old Excel/WPS workbook (.xls or .et) with a .txt name: open it in Excel or WPS and save it as .xlsx or .csv`,
      );
    });

    it.each([
      ['a PNG picture', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')],
      ['UTF-16 text without its byte-order mark', Buffer.from('客户编号,姓名\r\nC001,张三\r\n', 'utf16le')],
    ])('refuses %s, which holds NUL bytes', async (_, bytes) => {
      const path = await file('customers.csv', new Uint8Array(bytes));
      await expect(readTableFile(path)).rejects.toThrow(
        `cannot read ${path}: it is not a CSV text file (it starts with NUL bytes, as binary files and UTF-16 text without a byte-order mark do); save it as "CSV UTF-8" or .xlsx`,
      );
    });

    it('still reads UTF-16 text with its byte-order mark, and a CSV whose text begins "PK"', async () => {
      const utf16 = Buffer.from('\uFEFF客户编号,姓名\r\nC001,张三\r\n', 'utf16le');
      expect((await readTableFile(await file('unicode.csv', new Uint8Array(utf16)))).rows).toEqual([
        ['C001', '张三'],
      ]);
      const pk = await file('pk.csv', 'PK,姓名\nC001,张三\n');
      expect((await readTableFile(pk)).header).toEqual(['PK', '姓名']);
    });
  });

  it('explains a corrupt .xlsx file', async () => {
    const path = await file('corrupt.xlsx', 'this is not a zip file');
    await expect(readTableFile(path)).rejects.toThrow(/cannot read .*corrupt\.xlsx: not a valid \.xlsx file/);
  });
});
