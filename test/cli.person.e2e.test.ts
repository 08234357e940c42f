// `crm person find|export|erase|consent|retention` end to end: the built CLI on an .xlsx with one
// person in every sheet (customers, orders, complaints, follow-ups, a backup, the review, a
// report, notes), on a .csv, and on a Google Sheet through the Sheets v4 REST double.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell, SheetGrid } from '@crm/shared';
import { PERSON, PERSON_WORKBOOK_TOTAL, personWorkbook, schoolRegisterRows } from '@crm/shared/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SheetsRestDouble } from './doubles/sheetsRestDouble.ts';
import type { ApiValue } from './doubles/sheetsStore.ts';
import { runCrm, runCrmAsync, systemLocale } from './support/crm.ts';

const double = new SheetsRestDouble();
let dir: string;

/** A system in `lang` whose Google calls go to the REST double. */
const options = (lang: string) => ({
  cwd: dir,
  env: {
    ...systemLocale(lang),
    CRM_SHEETS_ROOT_URL: `${double.url}/`,
    CRM_GOOGLE_ACCESS_TOKEN: 'test-token',
  },
});
const crm = (args: string[], lang = 'zh_CN.UTF-8') => runCrm(args, options(lang));

/** The CLI run without blocking this process, which serves the REST double it calls. */
/** The CLI run without blocking this process, which serves the REST double it calls. */
const crmAsync = (args: string[], lang = 'zh_CN.UTF-8') => runCrmAsync(args, options(lang));

async function writeXlsx(path: string, grids: readonly SheetGrid[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.rows.forEach((row, i) => {
      sheet.getRow(i + 1).values = row.map((c) => c ?? null) as ExcelJS.CellValue[];
    });
  }
  await workbook.xlsx.writeFile(path);
}

/** Every sheet of an .xlsx as rows of cell texts, by name. */
async function readXlsx(path: string): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = cell.value === null || cell.value === undefined ? '' : String(cell.value);
      });
      rows[n - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets.set(
      sheet.name,
      Array.from(rows, (r) => r ?? []),
    );
  }
  return sheets;
}

/** No cell names the person any more (张伟明, who is someone else, stays). */
function expectNoTrace(sheets: Map<string, (string | number | boolean)[][]>) {
  for (const [name, rows] of sheets) {
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        const text = String(value);
        const where = `${name}!${r + 1}:${c + 1} ${text}`;
        expect(text.toLowerCase(), where).not.toContain(PERSON.email);
        expect(text.replace(/\D/g, ''), where).not.toMatch(/13912345678|13800001111/);
        expect(text, where).not.toContain(PERSON.wechat);
        expect(text.replaceAll('张伟明', ''), where).not.toContain(PERSON.name);
      });
    });
  }
}

const orderTotal = (rows: (string | number | boolean)[][]) =>
  rows.slice(1).reduce((sum, row) => sum + Number(row[3] || 0), 0);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let book: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-person-'));
  book = join(dir, 'book.xlsx');
  await writeXlsx(book, personWorkbook());
  await double.start();
});
afterAll(async () => {
  await double.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('crm person on a workbook', () => {
  it('find --json lists every place the person is, in every sheet', () => {
    const { status, stdout } = crm([
      'person',
      'find',
      '--in',
      book,
      '--match',
      'phone:+86 139-1234-5678',
      '--json',
    ]);
    expect(status).toBe(0);
    const places = (
      JSON.parse(stdout) as { places: { sheet: string; row: number; column: string; value: string }[] }
    ).places;
    expect(new Set(places.map((p) => p.sheet))).toEqual(
      new Set([
        '客户',
        '订单',
        '投诉',
        '跟进任务',
        '客户备份 2026-01-10',
        '数据质量',
        '客户报告 2026-02-01',
        '备注',
      ]),
    );
    expect(places).toContainEqual({ sheet: '客户', row: 6, column: '邮箱', value: 'Zhang.Wei@Example.com' });
    expect(places.filter((p) => p.sheet === '订单').map((p) => p.row)).toEqual([3, 5, 8]);
  });

  it('erase --out removes the person everywhere, keeps every other row and the order totals, and logs a hash', async () => {
    const out = join(dir, 'erased.xlsx');
    const { status, stdout, stderr } = crm([
      'person',
      'erase',
      '--in',
      book,
      '--match',
      `email:${PERSON.email}`,
      '--out',
      out,
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('将删除 4 行');
    expect(stdout).toContain('处理记录已登记到“个人信息处理记录”');
    const before = await readXlsx(book);
    const after = await readXlsx(out);
    expectNoTrace(after);
    expect(orderTotal(after.get('订单') ?? [])).toBeCloseTo(PERSON_WORKBOOK_TOTAL, 6);
    // Other customers keep their rows, whole (张伟明's note loses only 张伟's email).
    const customers = (m: Map<string, string[][]>) => (m.get('客户') ?? []).map((r) => r.join('|'));
    expect(customers(after)).toEqual(
      customers(before)
        .filter((_, i) => i !== 5)
        .map((line) => line.replace('与 zhang.wei@example.com 无关', '与 [已删除] 无关')),
    );
    expect(after.get('客户备份 2026-01-10')?.map((r) => r[0])).toEqual(['客户编号', 'C001']);
    expect(after.get('跟进任务')?.map((r) => r.at(-1))).toEqual(['任务编号', 'T2', 'T3']);
    const log = after.get('个人信息处理记录') ?? [];
    expect(log[0]).toEqual([
      '日期',
      '请求类型',
      '标识类型',
      '标识哈希',
      '哈希方法',
      '找到的位置',
      '删除的行',
      '清除或改写的单元格',
      '涉及的工作表数',
    ]);
    expect(log[1]?.slice(1, 5)).toEqual(['删除', '邮箱', sha256(`email:${PERSON.email}`), 'SHA-256']);
    expect(Number(log[1]?.[6])).toBe(4);
    // The input is untouched, and a second run on the output finds nobody.
    expect((await readXlsx(book)).get('客户')?.length).toBe(before.get('客户')?.length);
    const again = crm(['person', 'find', '--in', out, '--match', 'id:C003', '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ places: [] });
  });

  it('--dry-run says what would change and writes nothing; an output over the input is refused', async () => {
    const out = join(dir, 'dry.xlsx');
    const dry = crm(
      ['person', 'erase', '--in', book, '--match', 'wechat:zhangwei_88', '--out', out, '--dry-run'],
      'en_US.UTF-8',
    );
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Will delete 4 rows');
    expect(dry.stdout).toContain('(--dry-run: nothing was written)');
    expect(existsSync(out)).toBe(false);
    const over = crm(['person', 'erase', '--in', book, '--match', 'id:C003', '--out', book]);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('--in-place');
    const none = crm(['person', 'erase', '--in', book, '--match', 'id:C003']);
    expect(none.stderr).toContain('请用 --out 指定输出文件');
  });

  it('--in-place keeps a .bak and says it still holds the person', async () => {
    const copy = join(dir, 'inplace.xlsx');
    await writeXlsx(copy, personWorkbook());
    const { status, stdout } = crm(['person', 'erase', '--in', copy, '--match', 'id:C003', '--in-place']);
    expect(status).toBe(0);
    expect(stdout).toContain('inplace.xlsx.bak');
    expectNoTrace(await readXlsx(copy));
    expect((await readXlsx(`${copy}.bak`)).get('客户')?.some((r) => r.includes('张伟'))).toBe(true);
  });

  it('refuses a key shared by two people unless told, and names the problem with a key in zh and en', () => {
    const shared = crm([
      'person',
      'erase',
      '--in',
      book,
      '--match',
      'phone:021-6123 4567',
      '--out',
      join(dir, 'x.xlsx'),
    ]);
    expect(shared.status).toBe(1);
    expect(shared.stderr).toContain('对应 2 个不同的人');
    const bad = crm(['person', 'find', '--in', book, '--match', 'zhang.wei@example.com']);
    expect(bad.stderr).toContain('没有写明是哪种标识');
    const badEn = crm(['person', 'find', '--in', book, '--match', 'phone:12345'], 'en_US.UTF-8');
    expect(badEn.stderr).toContain('is not a valid phone number');
  });

  it('export writes the person’s rows as JSON and as a workbook', async () => {
    const json = join(dir, 'copy.json');
    expect(crm(['person', 'export', '--in', book, '--match', 'id:C003', '--out', json]).status).toBe(0);
    const copy = JSON.parse(await readFile(json, 'utf8')) as {
      rows: { sheet: string; cells: Record<string, Cell> }[];
    };
    expect(copy.rows.find((r) => r.sheet === '客户')?.cells).toMatchObject({
      姓名: '张伟',
      邮箱: 'Zhang.Wei@Example.com',
    });
    expect(copy.rows.filter((r) => r.sheet === '订单')).toHaveLength(3);
    const xlsx = join(dir, 'copy.xlsx');
    expect(crm(['person', 'export', '--in', book, '--match', 'id:C003', '--out', xlsx]).status).toBe(0);
    const sheets = await readXlsx(xlsx);
    expect(sheets.get('订单')?.length).toBe(4);
    expect([...sheets.keys()]).toContain('位置');
  });

  it('erases from a .csv and logs into a file beside it', async () => {
    const csv = join(dir, 'customers.csv');
    const grid = personWorkbook()[0] as SheetGrid;
    const text = grid.rows
      .map((r) => r.map((c) => `"${String(c ?? '').replaceAll('"', '""')}"`).join(','))
      .join('\n');
    await (await import('node:fs/promises')).writeFile(csv, text);
    const out = join(dir, 'customers-erased.csv');
    expect(crm(['person', 'erase', '--in', csv, '--match', 'phone:13912345678', '--out', out]).status).toBe(
      0,
    );
    const after = await readFile(out, 'utf8');
    expect(after).not.toContain('张伟,');
    expect(after).toContain('张伟明');
    expect((await stat(join(dir, '个人信息处理记录.csv'))).size).toBeGreaterThan(0);
  });
});

/**
 * The person workbook as Excel keeps it with links and notes: a contact log whose link holds
 * 张伟's email only in its HYPERLINK formula and whose note holds their email and mobile, a second
 * link and a total that do not name them, and notes on the customer rows of 李雷, 张伟 and 张伟明.
 */
async function writeLinkedXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of personWorkbook()) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.rows.forEach((row, i) => {
      sheet.getRow(i + 1).values = row.map((c) => c ?? null) as ExcelJS.CellValue[];
    });
  }
  const customers = workbook.getWorksheet('客户') as ExcelJS.Worksheet;
  customers.getCell('B4').note = '老客户，周末不接电话';
  customers.getCell('B6').note = '只在工作日联系';
  customers.getCell('B8').note = '张伟明本人';
  const log = workbook.addWorksheet('联系记录');
  log.addRow(['日期', '事项', '链接', '金额']);
  log.addRow(['2026-01-20', '报价已发', null, 2345.6]);
  log.addRow(['2026-01-22', '寄样品', null, 1500]);
  log.addRow(['合计', null, null, null]);
  log.getCell('C2').value = {
    formula: 'HYPERLINK("mailto:zhang.wei@example.com","发邮件")',
    result: '发邮件',
  };
  log.getCell('C3').value = {
    formula: 'HYPERLINK("https://shop.example.com/o/D1005","查看订单")',
    result: '查看订单',
  };
  log.getCell('D4').value = { formula: 'SUM(D2:D3)', result: 3845.6 };
  log.getCell('B2').note = '张伟 zhang.wei@example.com 139 1234 5678 要求只在工作日联系';
  await workbook.xlsx.writeFile(path);
}

/** Each note of a sheet by cell address. */
async function notesOf(path: string, name: string): Promise<Record<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const notes: Record<string, string> = {};
  workbook.getWorksheet(name)?.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.note !== undefined)
        notes[cell.address] = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note);
    });
  });
  return notes;
}

describe('crm person on a workbook with links and notes', () => {
  let linked: string;
  beforeAll(async () => {
    linked = join(dir, 'linked.xlsx');
    await writeLinkedXlsx(linked);
  });

  it.each([
    {
      lang: 'zh_CN.UTF-8',
      formula: '联系记录 第 2 行 C（公式中）：=HYPERLINK',
      note: '联系记录 第 2 行 B（备注中）：张伟',
    },
    {
      lang: 'en_US.UTF-8',
      formula: '联系记录 row 2 C (in a formula): =HYPERLINK',
      note: '联系记录 row 2 B (in a note): 张伟',
    },
  ])('find lists the link’s formula and the note, and says so ($lang)', ({ lang, formula, note }) => {
    const text = crm(['person', 'find', '--in', linked, '--match', `email:${PERSON.email}`], lang);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(formula);
    expect(text.stdout).toContain(note);
    const json = crm(['person', 'find', '--in', linked, '--match', `email:${PERSON.email}`, '--json'], lang);
    const places = (JSON.parse(json.stdout) as { places: { sheet: string; part?: string }[] }).places;
    expect(places.filter((p) => p.sheet === '联系记录')).toEqual([
      {
        sheet: '联系记录',
        row: 2,
        column: 'C',
        value: '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")',
        part: 'formula',
      },
      {
        sheet: '联系记录',
        row: 2,
        column: 'B',
        value: '张伟 zhang.wei@example.com 139 1234 5678 要求只在工作日联系',
        part: 'note',
      },
    ]);
    expect(places).toContainEqual({
      sheet: '客户',
      row: 6,
      column: '姓名',
      value: '只在工作日联系',
      part: 'note',
    });
  });

  it('erase keeps the link’s text, redacts the note, and leaves every other link, total and note in place', async () => {
    const out = join(dir, 'linked-erased.xlsx');
    const { status, stderr } = crm([
      'person',
      'erase',
      '--in',
      linked,
      '--match',
      `email:${PERSON.email}`,
      '--out',
      out,
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const log = workbook.getWorksheet('联系记录') as ExcelJS.Worksheet;
    expect(log.getCell('C2').value).toBe('发邮件');
    expect(log.getCell('C3').value).toEqual({
      formula: 'HYPERLINK("https://shop.example.com/o/D1005","查看订单")',
      result: '查看订单',
    });
    expect(log.getCell('D4').value).toEqual({ formula: 'SUM(D2:D3)', result: 3845.6 });
    expect(await notesOf(out, '联系记录')).toEqual({ B2: '[已删除] [已删除] [已删除] 要求只在工作日联系' });
    // 张伟's row went with its note; the notes of 李雷 and of 张伟明 (now a row higher) stay on their rows.
    expect(await notesOf(out, '客户')).toEqual({ B4: '老客户，周末不接电话', B7: '张伟明本人' });
    expect(log.getCell('B2').value).toBe('报价已发');
    expectNoTrace(await readXlsx(out));
    const again = crm(['person', 'find', '--in', out, '--match', `email:${PERSON.email}`, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ places: [] });
  });

  it('erasing someone else keeps the notes below their deleted row on their own rows', async () => {
    const out = join(dir, 'linked-erased-lilei.xlsx');
    expect(crm(['person', 'erase', '--in', linked, '--match', 'id:C001', '--out', out]).status).toBe(0);
    expect(await notesOf(out, '客户')).toEqual({ B5: '只在工作日联系', B7: '张伟明本人' });
  });
});

describe('crm person consent and retention', () => {
  it('consent fills the legal basis, purpose and date for every customer, adding the missing columns', async () => {
    const out = join(dir, 'consent.xlsx');
    const args = [
      'person',
      'consent',
      '--in',
      book,
      '--legal-basis',
      'existing-customer',
      '--purpose',
      '售后服务与回访',
    ];
    const { status, stdout } = crm([...args, '--informed-on', '2026-02-01', '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toContain('已为 5 位客户补充信息，新增列：合法依据、处理目的、告知日期');
    const customers = (await readXlsx(out)).get('客户') ?? [];
    expect(customers[2]?.slice(10)).toEqual(['合法依据', '处理目的', '告知日期']);
    for (const row of customers.slice(3))
      expect(row.slice(10)).toEqual(['履行合同（现有客户）', '售后服务与回访', '2026-02-01']);
    expect(customers[0]).toEqual(['华东区客户台账']);
    const bad = crm([
      'person',
      'consent',
      '--in',
      book,
      '--legal-basis',
      'because',
      '--out',
      join(dir, 'c2.xlsx'),
    ]);
    expect(bad.stderr).toContain('不认识的合法依据“because”');
  });

  it('retention lists customers and backups past the period, and deletes the expired sheets when asked', async () => {
    const config = join(dir, 'retention.json');
    await (await import('node:fs/promises')).writeFile(
      config,
      JSON.stringify({ privacy: { retentionMonths: 2 } }),
    );
    const out = join(dir, 'retained.xlsx');
    const args = ['person', 'retention', '--in', book, '--config', config, '--today', '2026-03-20'];
    const { status, stdout } = crm([...args, '--delete-sheets', '--out', out]);
    expect(status).toBe(0);
    // Everyone bought last before 2026-01-20 (张伟 on 01-18, from the orders).
    expect(stdout).toContain('超过保存期限（2 个月）的客户：5 位');
    expect(stdout).toContain('第 7 行 Mary Smith：最近购买或联系 2026-01-07');
    expect(stdout).toContain('早于保存期限的备份和报告工作表：1 个');
    expect(stdout).toContain('客户备份 2026-01-10');
    const sheets = await readXlsx(out);
    expect(sheets.has('客户备份 2026-01-10')).toBe(false);
    expect(sheets.has('客户报告 2026-02-01')).toBe(true);
    const off = crm(['person', 'retention', '--in', book]);
    expect(off.stdout).toContain('没有设置保存期限');
  });
});

describe('crm person on a Google Sheet', () => {
  const asApi = (rows: Cell[][]): ApiValue[][] =>
    rows.map((r) => r.map((c) => (c === null || c instanceof Date ? '' : c)));
  const values = () =>
    new Map(
      (double.spreadsheets.get('book')?.sheets ?? []).map(
        (s) => [s.title, double.values('book', s.title)] as const,
      ),
    );
  beforeEach(() => {
    double.spreadsheets.clear();
    double.addSpreadsheet(
      'book',
      personWorkbook().map((g) => ({ title: g.name, values: asApi(g.rows) })),
    );
  });

  it('erases through the API in one batch: no trace, totals intact, the log appended', async () => {
    const { status, stdout, stderr } = await crmAsync([
      'person',
      'erase',
      '--spreadsheet',
      'book',
      '--match',
      'id:C003',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('已在 Google 表格中删除');
    const after = values();
    expectNoTrace(after);
    expect(orderTotal(after.get('订单') ?? [])).toBeCloseTo(PERSON_WORKBOOK_TOTAL, 6);
    expect(after.get('客户')?.map((r) => r[0] ?? '')).toEqual([
      '华东区客户台账',
      '',
      '客户编号',
      'C001',
      'C002',
      'C004',
      'C005',
    ]);
    expect(after.get('个人信息处理记录')?.[1]?.[3]).toBe(sha256('id:C003'));
    expect(double.requests.filter((r) => r.operation === 'batchUpdate')).toHaveLength(1);
  });

  it('deletes the add-on’s copy of the person instead of refusing it as several people', async () => {
    const copy = '个人信息副本 2026-02-03';
    double.addSpreadsheet('book', [
      ...personWorkbook().map((g) => ({ title: g.name, values: asApi(g.rows) })),
      {
        title: copy,
        values: [
          ['客户'],
          ['客户编号', '姓名', '公司', '手机', '邮箱'],
          ['C003', '张伟', '远帆贸易', '139 1234 5678', 'Zhang.Wei@Example.com'],
          [''],
          ['订单'],
          ['订单编号', '客户编号', '下单日期', '金额'],
          ['D1002', 'C003', '2025-10-15', 2345.6],
          [''],
          ['位置'],
          ['工作表', '行', '列', '值'],
          ['客户', 6, '姓名', '张伟'],
        ],
      },
    ]);
    const dry = await crmAsync([
      'person',
      'erase',
      '--spreadsheet',
      'book',
      '--match',
      'id:C003',
      '--dry-run',
    ]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain(`${copy}：删除整个工作表（导出的个人信息副本）`);
    const { status, stderr } = await crmAsync([
      'person',
      'erase',
      '--spreadsheet',
      'book',
      '--match',
      'id:C003',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const after = values();
    expect([...after.keys()]).not.toContain(copy);
    expectNoTrace(after);
  });

  it('a batch whose answer is lost is not sent blindly again: the sheet is read, found done, and nothing else deleted', async () => {
    double.dropResponseAfterWrite('batchUpdate');
    const { status, stderr } = await crmAsync([
      'person',
      'erase',
      '--spreadsheet',
      'book',
      '--match',
      'id:C003',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const after = values();
    expect(after.get('客户')?.map((r) => r[0] ?? '')).toEqual([
      '华东区客户台账',
      '',
      '客户编号',
      'C001',
      'C002',
      'C004',
      'C005',
    ]);
    expect(after.get('订单')).toHaveLength(8);
    expect(after.get('个人信息处理记录')).toHaveLength(2);
  });
});

describe('crm person on a Google Sheet with links and notes', () => {
  const asApi = (rows: Cell[][]): ApiValue[][] =>
    rows.map((r) => r.map((c) => (c === null || c instanceof Date ? '' : c)));
  const mailLink = '=HYPERLINK("mailto:zhang.wei@example.com","发邮件")';
  const orderLink = '=HYPERLINK("https://shop.example.com/o/D1005","查看订单")';
  // The linked workbook above as a Google Sheet keeps it: values.get gives the links as the text
  // they show, and the notes only come with the cells' grid data.
  beforeEach(() => {
    double.spreadsheets.clear();
    double.requests.length = 0;
    double.addSpreadsheet('linked', [
      ...personWorkbook().map((g) => ({
        title: g.name,
        values: asApi(g.rows),
        ...(g.name === '客户'
          ? {
              cells: {
                B4: { note: '老客户，周末不接电话' },
                B6: { note: '只在工作日联系' },
                B8: { note: '张伟明本人' },
              },
            }
          : {}),
      })),
      {
        title: '联系记录',
        values: [
          ['日期', '事项', '链接', '金额'],
          ['2026-01-20', '报价已发', '', 2345.6],
          ['2026-01-22', '寄样品', '', 1500],
          ['合计'],
        ],
        cells: {
          C2: { formula: mailLink, value: '发邮件' },
          C3: { formula: orderLink, value: '查看订单' },
          D4: { formula: '=SUM(D2:D3)', value: 3845.6 },
          B2: { note: '张伟 zhang.wei@example.com 139 1234 5678 要求只在工作日联系' },
        },
      },
    ]);
  });
  const cell = (sheet: string, row: number, column: number) =>
    double.spreadsheets.get('linked')?.sheets.find((s) => s.title === sheet)?.cells[row - 1]?.[column - 1];

  it.each([
    {
      lang: 'zh_CN.UTF-8',
      formula: '联系记录 第 2 行 C（公式中）：=HYPERLINK',
      note: '联系记录 第 2 行 B（备注中）：张伟',
    },
    {
      lang: 'en_US.UTF-8',
      formula: '联系记录 row 2 C (in a formula): =HYPERLINK',
      note: '联系记录 row 2 B (in a note): 张伟',
    },
  ])('find lists the link’s formula and the note, and says so ($lang)', async ({ lang, formula, note }) => {
    const text = await crmAsync(
      ['person', 'find', '--spreadsheet', 'linked', '--match', `email:${PERSON.email}`],
      lang,
    );
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(formula);
    expect(text.stdout).toContain(note);
    const json = await crmAsync(
      ['person', 'find', '--spreadsheet', 'linked', '--match', `email:${PERSON.email}`, '--json'],
      lang,
    );
    const places = (JSON.parse(json.stdout) as { places: { sheet: string; part?: string }[] }).places;
    expect(places.filter((p) => p.sheet === '联系记录')).toEqual([
      { sheet: '联系记录', row: 2, column: 'C', value: mailLink, part: 'formula' },
      {
        sheet: '联系记录',
        row: 2,
        column: 'B',
        value: '张伟 zhang.wei@example.com 139 1234 5678 要求只在工作日联系',
        part: 'note',
      },
    ]);
    expect(places).toContainEqual({
      sheet: '客户',
      row: 6,
      column: '姓名',
      value: '只在工作日联系',
      part: 'note',
    });
  });

  it('erase keeps the link’s text, redacts the note, and leaves every other link, total and note in place', async () => {
    const { status, stdout, stderr } = await crmAsync([
      'person',
      'erase',
      '--spreadsheet',
      'linked',
      '--match',
      `email:${PERSON.email}`,
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('已在 Google 表格中删除');
    expect(stdout).not.toMatch(/仍/);
    expect(cell('联系记录', 2, 3)).toEqual({ value: '发邮件' });
    expect(cell('联系记录', 3, 3)).toEqual({ value: '查看订单', formula: orderLink });
    expect(cell('联系记录', 4, 4)).toEqual({ value: 3845.6, formula: '=SUM(D2:D3)' });
    expect(cell('联系记录', 2, 2)).toEqual({
      value: '报价已发',
      note: '[已删除] [已删除] [已删除] 要求只在工作日联系',
    });
    // 张伟's row went with its note; the notes of 李雷 and of 张伟明 (now a row higher) stay on their rows.
    const notes = (
      double.spreadsheets.get('linked')?.sheets.find((s) => s.title === '客户')?.cells ?? []
    ).flatMap((row, r) =>
      (row ?? []).flatMap((c, k) => (c?.note ? [`${String.fromCharCode(65 + k)}${r + 1} ${c.note}`] : [])),
    );
    expect(notes).toEqual(['B4 老客户，周末不接电话', 'B7 张伟明本人']);
    const again = await crmAsync([
      'person',
      'find',
      '--spreadsheet',
      'linked',
      '--match',
      `email:${PERSON.email}`,
      '--json',
    ]);
    expect(JSON.parse(again.stdout)).toEqual({ places: [] });
    // Reads stay flat in the number of rows: one spreadsheets.get of the formulas and notes per read.
    expect(
      double.requests.filter((r) => r.operation === 'spreadsheet' && r.query.ranges).length,
    ).toBeLessThanOrEqual(3);
  });
});

describe('crm person on a Google Sheet with merged cells', () => {
  // An orders ledger as people keep it in Sheets: 客户编号 merged down over each customer's order
  // lines (A2:A3), each line with its own delivery address. The API reads A3 as empty.
  beforeEach(() => {
    double.spreadsheets.clear();
    double.addSpreadsheet('merged', [
      {
        title: '客户',
        values: [
          ['客户编号', '姓名', '手机'],
          ['C001', '张伟', '13912345678'],
          ['C002', '李娜', '13987654321'],
        ],
      },
      {
        title: '订单',
        values: [
          ['客户编号', '订单日期', '金额', '收货地址'],
          ['C001', '2026-01-05', 100, '上海市静安区南京西路 1 号'],
          ['', '2026-02-05', 200, '上海市浦东新区世纪大道 8 号'],
          ['C002', '2026-03-05', 80, '杭州市西湖区文三路 90 号'],
        ],
        merges: ['A2:A3'],
      },
    ]);
  });

  it('find lists every order line under the merged 客户编号, the second one included', async () => {
    const { status, stdout, stderr } = await crmAsync(
      ['person', 'find', '--spreadsheet', 'merged', '--match', 'phone:13912345678', '--json'],
      'en_US.UTF-8',
    );
    expect(status, stderr).toBe(0);
    const found = JSON.parse(stdout) as {
      places: { sheet: string; row: number; column: string; value: string }[];
    };
    expect(found.places.filter((p) => p.sheet === '订单')).toEqual([
      { sheet: '订单', row: 2, column: '客户编号', value: 'C001' },
      { sheet: '订单', row: 3, column: '客户编号', value: 'C001' },
    ]);
  });

  it('erase clears the personal cells of both order lines and keeps their dates and amounts', async () => {
    const { status, stderr } = await crmAsync([
      'person',
      'erase',
      '--spreadsheet',
      'merged',
      '--match',
      'id:C001',
    ]);
    expect(status, stderr).toBe(0);
    const orders = double.values('merged', '订单');
    // Each line keeps its date and amount; the address of each is gone.
    expect(orders.slice(1, 3).map((row) => [row[1], row[2], row[3] ?? ''])).toEqual([
      ['2026-01-05', 100, ''],
      ['2026-02-05', 200, ''],
    ]);
    expect(orders[3]).toEqual(['C002', '2026-03-05', 80, '杭州市西湖区文三路 90 号']);
  });
});

describe('crm person on a 淘宝 seller’s workbook, by the buyer’s platform account', () => {
  // The seller's ids and each buyer's 旺旺号; the platform's export masks the numbers, and 张伟
  // and 王芳 both show as 138****8000.
  const shopBook = (): SheetGrid[] => [
    {
      name: '客户',
      rows: [
        ['客户编号', '姓名', '手机', '旺旺号'],
        ['C001', '张伟', '13800138000', 'tb_zhangwei'],
        ['C002', '王芳', '13800008000', 'wangfang_sh'],
      ],
    },
    {
      name: '订单',
      rows: [
        ['订单编号', '买家会员名', '买家实际支付金额', '联系手机', '订单创建时间'],
        ['3001', 'tb_zhangwei', 199, '138****8000', '2024-11-11 00:01:02'],
        ['3002', 'wangfang_sh', 45, '138****8000', '2024-12-20 08:30:00'],
        ['3003', 'tb_zhangwei', 59.9, '138****8000', '2025-01-12 20:15:44'],
      ],
    },
  ];

  it('finds his row and his orders by account:, and erases them keeping the amounts', async () => {
    const path = join(dir, 'shop.xlsx');
    await writeXlsx(path, shopBook());
    const found = crm(['person', 'find', '--in', path, '--match', 'account:tb_zhangwei', '--json']);
    expect(found.status, found.stderr).toBe(0);
    const places = (JSON.parse(found.stdout) as { places: { sheet: string; row: number }[] }).places;
    expect([...new Set(places.map((p) => `${p.sheet} ${p.row}`))]).toEqual(['客户 2', '订单 2', '订单 4']);

    const out = join(dir, 'shop-erased.xlsx');
    const erased = crm(['person', 'erase', '--in', path, '--match', '旺旺号:tb_zhangwei', '--out', out]);
    expect(erased.status, erased.stderr).toBe(0);
    const sheets = await readXlsx(out);
    for (const rows of sheets.values())
      for (const row of rows) expect(row.join(' ')).not.toMatch(/tb_zhangwei|13800138000|张伟/);
    const orders = sheets.get('订单') ?? [];
    // 王芳's order stays whole; his keep their amounts.
    expect(orders[2]).toEqual(['3002', 'wangfang_sh', '45', '138****8000', '2024-12-20 08:30:00']);
    expect(orders.slice(1).map((row) => Number(row[2]))).toEqual([199, 45, 59.9]);
  });
});

describe('crm person on a register that writes a customer over several rows', () => {
  // A school's register: each student's further courses on the rows below, 学号, 姓名 and
  // 家长电话 left blank. classify counts those lines for the student above; erasing a student
  // takes their lines too, so that none is read as the lines of the student above them.
  const register: SheetGrid[] = [{ name: '学员登记', rows: schoolRegisterRows() }];
  const spendById = (file: string) => {
    const run = crm(['classify', '--in', file, '--today', '2026-12-01', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      customers: { id: string; monetary: number; frequency: number }[];
    };
    return Object.fromEntries(json.customers.map((c) => [c.id, [c.frequency, c.monetary]]));
  };

  it('classify counts each student’s lines; erase takes a student’s lines with them', async () => {
    const file = join(dir, 'register.xlsx');
    await writeXlsx(file, register);
    expect(spendById(file)).toEqual({ QM001: [2, 4480], QM003: [3, 7480], QM004: [1, 3840] });

    const out = join(dir, 'register-erased.xlsx');
    const erase = crm(['person', 'erase', '--in', file, '--match', 'id:QM003', '--out', out]);
    expect(erase.status, erase.stderr).toBe(0);
    const texts = [...(await readXlsx(out)).values()].flat(2);
    for (const gone of ['陈雨桐', '15157101234', '拉丁舞启蒙', '少儿美术（周日下午）', '拉丁舞启蒙（续费）'])
      expect(texts).not.toContain(gone);
    expect(spendById(out)).toEqual({ QM001: [2, 4480], QM004: [1, 3840] });
  });

  it('reads and erases the same when 学号, 姓名 and 家长电话 are merged down over the lines', async () => {
    const file = join(dir, 'register-merged.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('学员登记');
    (register[0] as SheetGrid).rows.forEach((row, i) => {
      sheet.getRow(i + 1).values = row as ExcelJS.CellValue[];
    });
    for (const column of ['A', 'B', 'C']) {
      sheet.mergeCells(`${column}2:${column}3`);
      sheet.mergeCells(`${column}4:${column}6`);
    }
    await workbook.xlsx.writeFile(file);
    expect(spendById(file)).toEqual({ QM001: [2, 4480], QM003: [3, 7480], QM004: [1, 3840] });

    const out = join(dir, 'register-merged-erased.xlsx');
    const erase = crm(['person', 'erase', '--in', file, '--match', 'phone:15157101234', '--out', out]);
    expect(erase.status, erase.stderr).toBe(0);
    const texts = [...(await readXlsx(out)).values()].flat(2);
    for (const gone of ['陈雨桐', 'QM003', '拉丁舞启蒙', '少儿美术（周日下午）', '拉丁舞启蒙（续费）'])
      expect(texts).not.toContain(gone);
    expect(spendById(out)).toEqual({ QM001: [2, 4480], QM004: [1, 3840] });
  });
});
