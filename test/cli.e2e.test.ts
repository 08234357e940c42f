// End-to-end runs of the BUILT `crm` command (node cli/bin/crm.js …), as a user or a script
// would run it: stdout, stderr, exit codes and the files it writes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Language, MANAGED_COLUMN_LABELS, MANAGED_COLUMNS, type ManagedColumn } from '@crm/shared';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm, systemLocale } from './support/crm.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TODAY = '2026-03-01';
/** The columns classify leaves out when it has no orders to fit CLV on. */
const CLV_COLUMNS: readonly ManagedColumn[] = ['pAlive', 'clv', 'churnRisk'];
const managedHeaders = (language: Language) => MANAGED_COLUMNS.map((c) => MANAGED_COLUMN_LABELS[c][language]);

let dir: string;
let sample: { customers: string; orders: string; complaints: string };

/** Runs the built CLI as a user on an English system would (LANG decides the default language). */
function crm(args: string[], cwd = dir, lang = 'en_US.UTF-8', extra: NodeJS.ProcessEnv = {}) {
  return runCrm(args, { cwd, env: { ...systemLocale(lang), ...extra } });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crm-e2e-'));
  const demo = crm([
    'demo',
    '--out-dir',
    'demo',
    '--customers',
    '200',
    '--seed',
    '7',
    '--today',
    TODAY,
    '--quiet',
  ]);
  expect(demo.stderr).toBe('');
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

async function dataRows(path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  let rows = 0;
  sheet?.eachRow((_, number) => {
    if (number > 1) rows++;
  });
  return rows;
}

describe('crm demo', () => {
  it('writes the sample inputs, the reports and the classified table, and says where', () => {
    for (const name of [
      'sample-customers.xlsx',
      'sample-orders.csv',
      'sample-complaints.csv',
      'report.html',
      'report.md',
      'report.json',
      'customers-classified.xlsx',
      'follow-ups.csv',
      'data-quality.csv',
    ]) {
      expect(existsSync(join(dir, 'demo', name)), name).toBe(true);
    }
    const again = crm(['demo', '--out-dir', 'demo2', '--customers', '50', '--today', TODAY]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(join('demo2', 'report.html'));
    expect(again.stdout).toContain(join('demo2', 'customers-classified.xlsx'));
  });
});

describe('crm classify --json', () => {
  it('prints only JSON: one customer per data row, in input order, scores 1–5 or null', async () => {
    const run = crm([
      'classify',
      '--in',
      sample.customers,
      '--orders',
      sample.orders,
      '--complaints',
      sample.complaints,
      '--today',
      TODAY,
      '--json',
    ]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      customers: Record<string, unknown>[];
      issues: { row: number; column: string; value: string; message: string }[];
    };
    expect(json.customers).toHaveLength(await dataRows(sample.customers));
    const rows = json.customers.map((c) => c.row as number);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    for (const customer of json.customers) {
      for (const key of [
        'row',
        'id',
        'name',
        'r',
        'f',
        'm',
        'segment',
        'group8',
        'lifecycle',
        'valueTier',
        'nextFollowUp',
      ]) {
        expect(customer).toHaveProperty(key);
      }
      for (const score of [customer.r, customer.f, customer.m]) {
        expect(
          score === null || (Number.isInteger(score) && (score as number) >= 1 && (score as number) <= 5),
        ).toBe(true);
      }
    }
    for (const issue of json.issues) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['row', 'column', 'value', 'message']));
    }
  });

  it('reads a GBK-encoded CSV as Excel/WPS on a Chinese system saves it', () => {
    const run = crm([
      'classify',
      '--in',
      join(ROOT, 'test', 'fixtures', 'customers-gbk.csv'),
      '--today',
      TODAY,
      '--json',
    ]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { customers: { id: string; name: string }[] };
    expect(json.customers.map((c) => [c.id, c.name])).toEqual([
      ['C001', '张三'],
      ['C002', '李四'],
    ]);
  });

  it('uses the Orders / 投诉 sheets of the workbook when no --orders / --complaints is given', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('客户').addRows([
      ['客户编号', '姓名', '手机'],
      ['C001', '张三', '13912345678'],
      ['C002', '李四', '13800138000'],
    ]);
    workbook.addWorksheet('订单').addRows([
      ['客户编号', '日期', '金额'],
      ['C001', '2026-01-10', 1200],
      ['C001', '2026-02-10', 800],
      ['C002', '2025-05-10', 300],
    ]);
    const path = join(dir, 'with-orders.xlsx');
    await workbook.xlsx.writeFile(path);
    const run = crm(['classify', '--in', path, '--today', TODAY, '--json', '--no-clv']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { customers: { frequency: number; monetary: number }[] };
    expect(json.customers.map((c) => [c.frequency, c.monetary])).toEqual([
      [2, 2000],
      [1, 300],
    ]);
  });
});

describe('crm classify --out', () => {
  it('adds the managed columns, keeps the user columns, and re-uses them on a re-run', async () => {
    const out = join(dir, 'classified.xlsx');
    const first = crm([
      'classify',
      '--in',
      sample.customers,
      '--orders',
      sample.orders,
      '--today',
      TODAY,
      '--out',
      out,
      '--lang',
      'zh',
    ]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`已写入 ${out}`);
    const read = async (path: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.worksheets[0];
      const values = (n: number) => ((sheet?.getRow(n).values ?? []) as unknown[]).slice(1);
      return { header: values(1) as string[], row2: values(2), row3: values(3) };
    };
    const input = await read(sample.customers);
    const output = await read(out);
    expect(output.header.slice(0, input.header.length)).toEqual(input.header);
    expect(output.header.slice(input.header.length)).toEqual(managedHeaders('zh'));
    expect(output.row2.slice(0, input.row2.length)).toEqual(input.row2);
    expect(output.row3.slice(0, input.row3.length)).toEqual(input.row3);

    const again = crm([
      'classify',
      '--in',
      out,
      '--orders',
      sample.orders,
      '--today',
      TODAY,
      '--in-place',
      '--lang',
      'en',
    ]);
    expect(again.status, again.stderr).toBe(0);
    const rerun = await read(out);
    expect(rerun.header).toHaveLength(output.header.length);
    expect(rerun.header.slice(input.header.length, input.header.length + 4)).toEqual(
      managedHeaders('en').slice(0, 4),
    );
  });

  it('writes a .csv with a BOM and the managed columns on the right (no CLV columns without orders)', async () => {
    const out = join(dir, 'classified.csv');
    expect(
      crm(['classify', '--in', sample.customers, '--today', TODAY, '--out', out, '--lang', 'en']).status,
    ).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const withoutClv = MANAGED_COLUMNS.filter((c) => !CLV_COLUMNS.includes(c));
    const managed = `,${withoutClv.map((c) => MANAGED_COLUMN_LABELS[c].en).join(',')}`;
    expect(text.split('\r\n')[0]?.slice(-managed.length)).toBe(managed);
  });

  it('classifies a .csv in place again: its backup is the file before, its lines keep their user cells', async () => {
    // A CSV the toolkit wrote, classified in place on another day: the managed columns are
    // already in every line, and their values change; the user's cells must not.
    const path = join(dir, 'in-place.csv');
    expect(
      crm(['classify', '--in', sample.customers, '--today', TODAY, '--out', path, '--lang', 'en']).status,
    ).toBe(0);
    const before = await readFile(path);
    const again = crm(['classify', '--in', path, '--today', '2026-09-30', '--in-place', '--lang', 'en']);
    expect(again.status, again.stderr).toBe(0);
    expect((await readFile(`${path}.bak`)).equals(before)).toBe(true);
    const rows = (bytes: Buffer) =>
      Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const old = rows(before);
    const now = rows(await readFile(path));
    const header = old[0] ?? [];
    const firstManaged = header.indexOf(MANAGED_COLUMN_LABELS[MANAGED_COLUMNS[0] as ManagedColumn].en);
    expect(firstManaged).toBeGreaterThan(0);
    expect(now).toHaveLength(old.length);
    expect(now[0]).toEqual(header);
    for (let r = 1; r < old.length; r++) {
      expect(now[r]?.slice(0, firstManaged), `row ${r + 1}`).toEqual(old[r]?.slice(0, firstManaged));
    }
    // Half a year later the scores and plans are not all the same.
    const managedOf = (table: string[][]) => table.slice(1).map((row) => row.slice(firstManaged).join(','));
    expect(managedOf(now)).not.toEqual(managedOf(old));
  });
});

describe('crm clean, followups and report', () => {
  it('clean --json prints the review', () => {
    const run = crm(['clean', '--in', sample.customers, '--json']);
    expect(run.status).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(
      expect.arrayContaining(['merges', 'missing', 'invalid', 'summary']),
    );
  });

  it('clean prints a readable summary and writes the review table', async () => {
    const out = join(dir, 'review.xlsx');
    const run = crm(['clean', '--in', sample.customers, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/rows with missing values: \d+/);
    expect(existsSync(out)).toBe(true);
  });

  it('clean says once what lies behind many cells: numbers cut by scientific notation, amounts in two currencies', async () => {
    const customers = join(dir, 'exported-customers.csv');
    const orders = join(dir, 'exported-orders.csv');
    // As Excel saves a General column of long numbers, and a trader's orders in yuan and dollars.
    await writeFile(
      customers,
      '客户编号,姓名,手机\nC1,张三,8.61381E+12\nC2,李四,8.61391E+12\nC3,王五,13712345678\n',
    );
    await writeFile(
      orders,
      '客户编号,订单日期,金额\nC1,2025-01-02,¥200\nC2,2025-02-03,USD 30\nC3,2025-02-05,50\n',
    );
    const run = crm(['clean', '--in', customers, '--orders', orders, '--today', '2025-06-30']);
    expect(run.status).toBe(0);
    const notes = run.stdout.split('\n').filter((line) => line.startsWith('  note: '));
    expect(notes).toEqual([
      '  note: Order amounts are written in 2 currencies (CNY: 1 order, USD: 1 order) and were added as they stand, so revenue, M scores, value tiers and CLV are not right. Convert the amounts to one currency first.',
      '  note: 2 phone numbers were saved by Excel or WPS in scientific notation (like 1.38123E+10) and lost their last digits, which this table cannot give back: export the list again from where it came from, with the phone column formatted as Text before exporting or pasting.',
    ]);
  });

  it('followups --json prints the tasks, sorted by due date', () => {
    const run = crm([
      'followups',
      '--in',
      sample.customers,
      '--orders',
      sample.orders,
      '--complaints',
      sample.complaints,
      '--today',
      TODAY,
      '--json',
    ]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { followUps: { due: string; message: string }[] };
    expect(json.followUps.length).toBeGreaterThan(0);
    const dues = json.followUps.map((task) => task.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('followups plans across 国庆 on working days only, unless the team works every day', async () => {
    // Twelve customers: eleven calls all due, one complaint received on Wednesday 09-30, and
    // room for two tasks a day. 国庆 2026: 10-01 to 10-07 off, Saturday 10-10 worked in exchange.
    const customers = join(dir, 'national-day-customers.csv');
    const rows = Array.from(
      { length: 12 },
      (_, i) => `C${i + 1},客户${i + 1},李娜,2026-05-01,2026-06-01,${i === 0 ? '受理,2026-09-30' : ','}`,
    );
    await writeFile(
      customers,
      ['客户编号,姓名,负责人,最近购买日期,最近联系日期,投诉状态,投诉日期', ...rows, ''].join('\n'),
    );
    type Task = { due: string; kind: string; overdueDays: number };
    const plan = async (today: string, followUps: object) => {
      await writeFile(join(dir, 'national-day.json'), JSON.stringify({ followUps }));
      const run = crm([
        'followups',
        '--in',
        customers,
        '--today',
        today,
        '--config',
        'national-day.json',
        '--json',
      ]);
      expect(run.status).toBe(0);
      return (JSON.parse(run.stdout) as { followUps: Task[] }).followUps;
    };
    const settings = { dailyCapacity: 2, horizonDays: 14, holidays: [] };
    const everyDay = { ...settings, workDays: { everyDay: true }, complaintSlaCount: 'calendar-days' };
    const days = (tasks: Task[]) => [...new Set(tasks.map((t) => t.due))];
    const complaint = (tasks: Task[]) =>
      tasks.filter((t) => t.kind === 'complaint').map((t) => [t.due, t.overdueDays]);

    expect(days(await plan('2026-09-30', settings))).toEqual([
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
      '2026-10-13',
    ]);
    expect(days(await plan('2026-09-30', everyDay))).toEqual([
      '2026-09-30',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
    ]);
    // One working day after Wednesday 09-30 is Thursday 10-08: on time that morning, where a
    // count of calendar days had it a week overdue.
    expect(complaint(await plan('2026-10-08', settings))).toEqual([['2026-10-08', 0]]);
    expect(complaint(await plan('2026-10-08', everyDay))).toEqual([['2026-10-01', 7]]);
  });

  it.each(['report.html', 'report.md', 'report.json'])('report writes %s', async (name) => {
    const out = join(dir, name);
    const run = crm([
      'report',
      '--in',
      sample.customers,
      '--orders',
      sample.orders,
      '--today',
      TODAY,
      '--out',
      out,
    ]);
    expect(run.status).toBe(0);
    const text = await readFile(out, 'utf8');
    if (name.endsWith('.json')) expect(() => JSON.parse(text)).not.toThrow();
    if (name.endsWith('.html')) expect(text).toContain('<svg');
  });
});

describe('crm errors', () => {
  it('names a missing file, in the language of the system or of --lang', () => {
    const run = crm(['classify', '--in', 'customers.xlsx', '--json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('crm: cannot read customers.xlsx: no such file\n');
    const chinese = crm(['classify', '--in', 'customers.xlsx'], dir, 'zh_CN.UTF-8');
    expect(chinese.stderr).toBe('crm: 无法读取 customers.xlsx：文件不存在\n');
    expect(crm(['classify', '--in', 'customers.xlsx', '--lang', 'en'], dir, 'zh_CN.UTF-8').stderr).toContain(
      'no such file',
    );
    expect(crm(['classify', '--help'], dir, 'zh_CN.UTF-8').stdout).toContain('为每位客户打分');
  });

  it('lists the header found and the names expected', async () => {
    await writeFile(join(dir, 'bad-header.csv'), 'Spalte A,Spalte B\nx,y\n');
    const run = crm(['classify', '--in', 'bad-header.csv', '--json']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('The header of the customer table "bad-header.csv" is not recognised');
    expect(run.stderr).toContain('Found: "Spalte A", "Spalte B"');
    expect(run.stderr).toMatch(/It needs: .*客户编号\/Customer ID/);
    const zh = crm(['classify', '--in', 'bad-header.csv', '--lang', 'zh']);
    expect(zh.stderr).toContain('无法识别客户表“bad-header.csv”的表头。找到：“Spalte A”、“Spalte B”。');
  });

  it('shows progress on a pipe as one line per step, and nothing with --quiet', () => {
    const env = { CRM_PROGRESS_AFTER_MS: '0' };
    const steps = crm(
      ['classify', '--in', sample.customers, '--today', TODAY, '--no-clv'],
      dir,
      'en_US.UTF-8',
      env,
    );
    expect(steps.stderr).toMatch(/^crm: \[1\/7\] reading files \(\d+\.\d s\)\ncrm: \[2\/7\] parsing/);
    expect(steps.stderr).toContain('] classifying (');
    const quiet = crm(
      ['classify', '--in', sample.customers, '--today', TODAY, '--no-clv', '--quiet'],
      dir,
      'en_US.UTF-8',
      env,
    );
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(steps.stdout);
  });

  it('rejects an impossible --today', () => {
    const run = crm(['classify', '--in', sample.customers, '--today', '2026-13-45']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'crm: invalid --today "2026-13-45": expected a real calendar date as YYYY-MM-DD',
    );
  });

  it('rejects an unreadable format', async () => {
    await writeFile(join(dir, 'corrupt.xlsx'), 'not a zip');
    expect(crm(['classify', '--in', 'notes.pdf']).stderr).toContain('unsupported file type ".pdf"');
    expect(crm(['classify', '--in', 'corrupt.xlsx']).stderr).toContain(
      'corrupt.xlsx: not a valid .xlsx file',
    );
  });

  it('names the setting a bad --config gets wrong', async () => {
    await writeFile(join(dir, 'config.json'), JSON.stringify({ lifecycle: { activeMaxDays: -3 } }));
    const run = crm(['classify', '--in', sample.customers, '--config', 'config.json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/invalid config file config\.json:\n {2}lifecycle\.activeMaxDays: /);
  });

  it('names the day a bad working-day setting gets wrong', async () => {
    await writeFile(
      join(dir, 'work-days.json'),
      JSON.stringify({ followUps: { workDays: { daysOff: ['2026-10-8'] } } }),
    );
    const run = crm(['followups', '--in', sample.customers, '--config', 'work-days.json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /invalid config file work-days\.json:\n {2}followUps\.workDays\.daysOff\.0: expected a date written YYYY-MM-DD/,
    );
  });

  it('rejects a report file type it cannot write', () => {
    const run = crm(['report', '--in', sample.customers, '--out', 'report.pdf']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('a report is .html, .md or .json');
  });
});

describe('crm --help and --version', () => {
  it.each(['clean', 'classify', 'followups', 'report', 'clv', 'demo'])('explains %s', (command) => {
    const run = crm([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Usage: crm ${command}`);
  });

  it('lists the commands and prints the version', () => {
    const help = crm(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['clean', 'classify', 'followups', 'report', 'clv', 'demo'])
      expect(help.stdout).toContain(command);
    expect(crm(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs from the workspace bin link, as `npx crm` does at the repository root', () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'crm');
    expect(existsSync(bin)).toBe(true);
    const run = spawnSync(bin, ['--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: crm');
  });
});
