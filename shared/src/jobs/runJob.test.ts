import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Cell } from '../model/table.ts';
import { MANAGED_COLUMN_LABELS } from '../pipeline/managedColumnList.ts';
import { generateSample } from '../sample/generateSample.ts';
import { JobError } from './JobError.ts';
import type { JobName } from './jobOutput.ts';
import type { JobRequest } from './jobRequest.ts';
import { jobProblemText } from './jobTexts.ts';
import { locateTables } from './locateTables.ts';
import { readJobTables } from './readJobTables.ts';
import { readJobCustomers, runJob } from './runJob.ts';
import type { SheetGrid } from './sheetGrid.ts';

const TODAY = '2026-03-01';
const ledger: SheetGrid = {
  name: '台账',
  rows: [
    ['2026年华东区客户台账'],
    [],
    ['客户编号', '姓名', '手机', '最近购买日期', '购买次数', '消费金额'],
    ['C001', '张伟', '13912345678', '2026-02-20', 12, 28600],
    [],
    ['C002', '李娜', '13800138000', '2025-06-01', 2, 1980],
    ['C003', 'Emily Chen', '+1 415 555 0100', '', '', ''],
    [],
    [],
  ] as Cell[][],
};

function request(sheets: SheetGrid[], language: 'zh' | 'en'): JobRequest {
  const config = resolveConfig({ language });
  const location = locateTables(sheets, { headerOverrides: config.headerOverrides });
  return {
    tables: readJobTables(sheets, location),
    config,
    today: TODAY,
    sheetNames: sheets.map((s) => s.name),
  };
}

function run(job: JobName, sheets: SheetGrid[] = [ledger], language: 'zh' | 'en' = 'zh') {
  return runJob(job, request(sheets, language));
}

describe('runJob', () => {
  it('classifies the customers below a title line, each keyed by its own sheet row', () => {
    const output = run('classify');
    expect(output.customerSheet).toBe('台账');
    expect(output.analysis.customers.map((c) => [c.row, c.record.id])).toEqual([
      [4, 'C001'],
      [6, 'C002'],
      [7, 'C003'],
    ]);
    const write = output.managedColumns;
    expect(write?.headerRow).toBe(3);
    expect(write?.lastRow).toBe(7);
    expect([...(write?.values.keys() ?? [])]).toEqual([4, 6, 7]);
    const segment = write?.columns.findIndex((c) => c.key === 'segment') ?? -1;
    expect(write?.values.get(7)?.[segment]).toBe('潜在客户');
    expect(write?.columns[0]?.column).toBe(6);
    expect(output.message).toBe('已为 3 位客户写入分类列。');
  });

  it('describes whole output sheets with their names in the configured language', () => {
    const followups = run('followups', [ledger, { name: 'Follow-ups', rows: [['old']] }]);
    expect(followups.sheet).toMatchObject({ role: 'followUps', name: '跟进任务', replaces: ['Follow-ups'] });
    expect(followups.sheet?.table.header).toContain('到期日');
    const clean = run('clean', [ledger], 'en');
    expect(clean.sheet).toMatchObject({ role: 'dataQuality', name: 'Data quality', replaces: [] });
    expect(clean.analysis.clv).toBeNull();
    const report = run('report');
    expect(report.sheet?.name).toBe(`客户报告 ${TODAY}`);
    expect(report.report?.kpis.customers).toBe(3);
  });

  it('turns an unrecognised header into a JobError naming the sheet', () => {
    const bad: SheetGrid = {
      name: 'Data',
      rows: [
        ['Spalte A', 'Spalte B'],
        ['x', 'y'],
      ],
    };
    try {
      run('classify', [bad]);
      throw new Error('expected a JobError');
    } catch (error) {
      expect(error).toBeInstanceOf(JobError);
      expect((error as JobError).problem).toMatchObject({
        code: 'header-not-recognised',
        role: 'customers',
        sheet: 'Data',
        found: ['Spalte A', 'Spalte B'],
      });
    }
  });

  it.each([
    [
      'zh',
      '无法识别订单表“订单”的表头。找到：“买家”、“下单时间”、“实付金额”。需要的列：客户编号/Customer ID、日期/Date、金额/Amount，缺少：客户编号/Customer ID；没有客户编号列时，也可用邮箱、手机号或客户名称列对应客户（客户表也需要这一列）；按客户分组、客户单独写在每组上方一行的报表也能读，但每组的小计须正好等于组内各行金额之和，这张表没有这样的组（也可在设置中添加列名映射）。未做任何修改。',
    ],
    [
      'en',
      'The header of the orders table "订单" is not recognised. Found: "买家", "下单时间", "实付金额". It needs: 客户编号/Customer ID, 日期/Date, 金额/Amount (missing: 客户编号/Customer ID); without a customer ID column, an Email, Mobile or Customer Name column can match the orders to customers instead (the customer table needs it too); a report grouped by customer, with the customer on a line of its own above each group, is read too where each group\'s subtotal is exactly the sum of its lines, and this one has no such group (or add a column mapping in the settings). Nothing was changed.',
    ],
  ] as const)(
    'says in %s that orders without a customer ID can be matched by email or mobile',
    (language, text) => {
      // A shop's export names the buyer by nickname (买家): nothing to match customers by.
      const orders: SheetGrid = {
        name: '订单',
        rows: [
          ['买家', '下单时间', '实付金额'],
          ['tb_8812', '2026-10-03', '128'],
        ],
      };
      const customers: SheetGrid = {
        name: '客户',
        rows: [
          ['客户编号', '姓名'],
          ['C1', '张伟'],
        ],
      };
      try {
        runJob('classify', request([customers, orders], language));
        throw new Error('expected a JobError');
      } catch (error) {
        expect(error).toBeInstanceOf(JobError);
        expect(jobProblemText((error as JobError).problem, language)).toBe(text);
      }
    },
  );

  it.each(['classify', 'followups', 'report', 'clean'] as const)(
    '%s gives the same output from customers read ahead (readJobCustomers) as from the sheet',
    (job) => {
      const sample = generateSample({ customers: 400, seed: 7, today: TODAY });
      const sheets: SheetGrid[] = [
        { name: '客户', rows: [sample.customers.header, ...sample.customers.rows] },
        { name: '订单', rows: [sample.orders.header, ...sample.orders.rows] },
      ];
      const plain = runJob(job, request(sheets, 'en'));
      const ahead = request(sheets, 'en');
      ahead.customersRead = readJobCustomers(ahead);
      const output = runJob(job, ahead);
      expect(output.analysis.issues.length).toBeGreaterThan(10);
      expect(output.analysis.customers.length).toBe(400);
      expect(JSON.stringify({ ...output, analysis: null })).toBe(
        JSON.stringify({ ...plain, analysis: null }),
      );
      expect(output.analysis.issues).toEqual(plain.analysis.issues);
      expect(output.analysis.customers.map((c) => c.classification)).toEqual(
        plain.analysis.customers.map((c) => c.classification),
      );
    },
  );

  // A receipt book whose buyer column goes by a name the toolkit does not know: the job runs on the
  // customer table alone, and says first, in the user's language, which sheet it left unread.
  const receipts: SheetGrid = {
    name: '收费明细',
    rows: [
      ['日期', '收据号', '档案号', '金额'],
      ['2026-02-03', 'NO.0031', 'C001', 3980],
    ],
  };
  it.each([
    ['zh', /^工作表“收费明细”（“日期”、“收据号”、“档案号”、“金额”）像是订单.*没有读入/],
    ['en', /^Sheet "收费明细" \("日期", "收据号", "档案号", "金额"\) looks like orders.*not read/],
  ] as const)('says which sheet of purchases it left unread (%s), above the report too', (language, said) => {
    for (const job of ['classify', 'report'] as const) {
      const output = run(job, [ledger, receipts], language);
      expect(output.analysis.notes[0]).toMatch(said);
      expect(output.analysis.moneyNotes[0]).toMatch(said);
    }
    expect(run('report', [ledger, receipts], language).report?.moneyNotes[0]).toMatch(said);
    expect(run('classify', [ledger], language).analysis.notes.join('\n')).not.toMatch(said);
  });

  it('reads customers ahead with the same JobError for an unrecognised header', () => {
    // Tables as an adapter may hand them over without locating them first.
    const bad: JobRequest = {
      tables: {
        customers: { sheet: 'Data', table: { header: ['Spalte A', 'Spalte B'], rows: [['x', 'y']] } },
        orders: null,
        complaints: null,
      },
      config: resolveConfig({}),
      today: TODAY,
    };
    const problems = [() => readJobCustomers(bad), () => runJob('classify', bad)].map((read) => {
      try {
        read();
      } catch (error) {
        return error instanceof JobError ? error.problem : error;
      }
      return 'no error';
    });
    expect(problems[0]).toMatchObject({ code: 'header-not-recognised', role: 'customers', sheet: 'Data' });
    expect(problems[0]).toEqual(problems[1]);
  });

  it('refuses an empty sheet and a header without rows', () => {
    expect(() => run('classify', [{ name: 'Leer', rows: [] }])).toThrow(JobError);
    const headerOnly: SheetGrid = { name: '客户', rows: [['姓名', '手机'], [], []] };
    expect(() => run('classify', [headerOnly])).toThrow(/has a header but no customer rows/);
  });

  it('re-uses the managed columns of an earlier run in the other language', () => {
    const first = run('classify', [ledger], 'en').managedColumns;
    const header = [...(ledger.rows[2] as Cell[])];
    for (const c of first?.columns ?? []) header[c.column] = c.header;
    const rerun: SheetGrid = { name: '台账', rows: ledger.rows.map((r, i) => (i === 2 ? header : r)) };
    const second = run('classify', [rerun], 'zh').managedColumns;
    expect(second?.columns.map((c) => c.column)).toEqual(first?.columns.map((c) => c.column));
    expect(second?.columns[3]?.header).toBe(MANAGED_COLUMN_LABELS.segment.zh);
  });
});
