import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { Cell, TableData } from '../model/table.ts';
import { readCustomerTable } from './readCustomerTable.ts';

const TODAY = '2026-12-01';
const config = resolveConfig();
const HEADER = ['学号', '学员姓名', '家长电话', '报名日期', '课程', '实收学费（元）', '经办人'];

function read(rows: Cell[][], header: string[] = HEADER) {
  const table: TableData = { header, rows, headerRow: 1 };
  return readCustomerTable(table, config, TODAY);
}

const spendByRow = (rows: Cell[][], header?: string[]) =>
  Object.fromEntries(read(rows, header).records.map((r) => [r.row, r.totalSpend]));

describe('a customer written over several rows', () => {
  it.each<[string, Cell[][], Record<number, number | null>, string[]]>([
    [
      'further courses under the student, 学号 to 家长电话 blank',
      [
        ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880, '张老师'],
        ['', '', '', '2026-08-20', '书法入门', 1600, '张老师'],
        ['QM02', '王子睿', '13905712345', '2026-08-22', '少儿编程', 4500, '刘老师'],
        ['', '', '', '2026-09-10', '少儿美术', '2,880', ''],
        ['', '', '', '2026-11-05', '续费', 2200, ''],
      ],
      { 2: 4480, 4: 9580 },
      [],
    ],
    [
      'an amount alone under a student: nobody’s (a figure typed under the table)',
      [
        ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880, '张老师'],
        ['', '', '', '', '', 400, ''],
      ],
      { 2: 2880 },
      ['3:no-identity'],
    ],
    [
      'a line after a blank row: nobody’s',
      [
        ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880, '张老师'],
        [],
        ['', '', '', '2026-09-01', '书法', 1600, ''],
      ],
      { 2: 2880 },
      ['4:no-identity'],
    ],
    [
      'a line after a total: nobody’s, and the total stays a total',
      [
        ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880, '张老师'],
        ['合计', '', '', '', '', 2880, ''],
        ['', '', '', '2026-09-01', '书法', 1600, ''],
      ],
      { 2: 2880 },
      ['3:total', '4:no-identity'],
    ],
    [
      'a row without an amount under a student: nobody’s, and the lines after it too',
      [
        ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880, '张老师'],
        ['', '', '', '', '', '', '张老师'],
        ['', '', '', '2026-09-01', '书法', 1600, ''],
      ],
      { 2: 2880 },
      ['3:no-identity', '4:no-identity'],
    ],
    [
      'a row naming someone is a customer of its own, never a line',
      [
        ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880, '张老师'],
        ['', '', '13905712345', '2026-09-01', '书法', 1600, ''],
      ],
      { 2: 2880, 3: 1600 },
      [],
    ],
  ])('%s', (_case, rows, spend, skipped) => {
    const got = read(rows);
    expect(spendByRow(rows)).toEqual(spend);
    expect(got.skipped.map((s) => `${s.row}:${s.reason}`)).toEqual(skipped);
  });

  it('keeps the rows of each line on its customer, and counts them', () => {
    const got = read([
      ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880, '张老师'],
      ['', '', '', '2026-08-20', '书法入门', 1600, '张老师'],
      ['', '', '', '2026-10-12', '硬笔书法', 1280, '刘老师'],
      ['QM02', '王子睿', '13905712345', '2026-08-22', '少儿编程', 4500, '刘老师'],
    ]);
    expect(got.records.map((r) => [r.row, r.lines ?? []])).toEqual([
      [2, [3, 4]],
      [5, []],
    ]);
    expect(got.furtherLines).toBe(2);
    // Three courses paid for: three purchases, the last on the last line's 报名日期.
    expect(got.records[0]).toMatchObject({ orderCount: 3, totalSpend: 5760, lastPurchase: '2026-10-12' });
    expect(got.records[1]).toMatchObject({ orderCount: null, totalSpend: 4500, lastPurchase: '2026-08-22' });
    // The customer's own cells are their first line's, untouched.
    expect(got.records[0]?.cells[4]).toBe('少儿美术');
  });

  it('adds a line’s purchases and dates where the table has those columns, in the header’s unit', () => {
    const header = [
      '客户编号',
      '姓名',
      '首次购买日期',
      '最近购买日期',
      '购买次数',
      '消费金额（万元）',
      '产品',
    ];
    const got = read(
      [
        ['K1', '周杰', '2026-03-01', '2026-03-01', 1, 1.5, '机床'],
        ['', '', '2026-01-10', '2026-09-30', 2, 0.25, '配件'],
      ],
      header,
    );
    expect(got.records[0]).toMatchObject({
      firstPurchase: '2026-01-10',
      lastPurchase: '2026-09-30',
      orderCount: 3,
      totalSpend: 17500,
    });
  });

  it('reads no line in a table without a spend column', () => {
    const got = read(
      [
        ['QM01', '李可馨', '13812345601', '2026-08-20', '少儿美术'],
        ['', '', '', '2026-09-01', '书法'],
      ],
      ['学号', '学员姓名', '家长电话', '报名日期', '课程'],
    );
    expect(got.records).toHaveLength(1);
    expect(got.skipped.map((s) => s.reason)).toEqual(['no-identity']);
  });

  it('loses no money and counts none twice: every amount is a customer’s or on a row listed as left out', () => {
    type Kind = 'record' | 'line' | 'amount-only' | 'blank' | 'total';
    const row = fc.record({
      kind: fc.constantFrom<Kind>('record', 'line', 'line', 'amount-only', 'blank', 'total'),
      amount: fc.integer({ min: 1, max: 99_999 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (spec) => {
        const rowOf: Record<Kind, (amount: number, i: number) => Cell[]> = {
          record: (amount, i) => [`S${i}`, `学员${i}`, '', '2026-08-20', '课程', amount, ''],
          line: (amount) => ['', '', '', '2026-09-01', '续课', amount, ''],
          'amount-only': (amount) => ['', '', '', '', '', amount, ''],
          blank: () => [],
          total: (amount) => ['合计', '', '', '', '', amount, ''],
        };
        const rows = spec.map(({ kind, amount }, i) => rowOf[kind](amount, i));
        const got = read(rows);
        const counted = got.records.reduce((sum, r) => sum + (r.totalSpend ?? 0), 0);
        const leftOut = got.skipped
          .filter((s) => s.reason === 'no-identity')
          .reduce((sum, s) => sum + (spec[s.row - 2]?.amount ?? 0), 0);
        const written = spec
          .filter((s) => s.kind !== 'blank' && s.kind !== 'total')
          .reduce((sum, s) => sum + s.amount, 0);
        expect(counted + leftOut).toBe(written);
        // A line is a customer's where a run of lines leads up to a customer, nothing between.
        const lines = got.records.flatMap((r) => r.lines ?? []);
        let open = false;
        const expected: number[] = [];
        spec.forEach(({ kind }, i) => {
          if (kind === 'line' && open) expected.push(i + 2);
          else open = kind === 'record';
        });
        expect(lines).toEqual(expected);
      }),
    );
  });
});

describe('a row naming the customer above again, as a groomer writes a row per dog', () => {
  const header = ['Owner name', 'Dog name', 'Breed', 'Mobile', 'Email', 'Notes'];
  const rowsOf = (rows: Cell[][]) => read(rows, header).records.map((r) => r.row);

  it.each<[string, Cell[][], number[]]>([
    [
      'the owner’s mobile repeated, or "as above": one customer',
      [
        ['Linda Walsh', 'Poppy', 'Shih Tzu', '+44 7700 900333', 'lindawalsh@btinternet.com', ''],
        ['Linda Walsh', 'Daisy', 'Shih Tzu', 'as above', '', ''],
        ['Linda Walsh', 'Alfie', 'Bichon Frise', '同上', '', 'OAP discount'],
        ['Gwen Roberts', 'Teddy', 'Labradoodle', '07700 900777', 'gwen.roberts@yahoo.co.uk', ''],
        ['Gwen Roberts', 'Nala', 'Border Terrier', '07700 900777', '', 'hand strip'],
      ],
      [2, 5],
    ],
    [
      'a name alone again: perhaps another person of that name, a customer of their own',
      [
        ['Linda Walsh', 'Poppy', 'Shih Tzu', '+44 7700 900333', '', ''],
        ['Linda Walsh', 'Rex', 'Boxer', '', '', ''],
      ],
      [2, 3],
    ],
    [
      'another mobile under the same name: another customer',
      [
        ['Linda Walsh', 'Poppy', 'Shih Tzu', '+44 7700 900333', '', ''],
        ['Linda Walsh', 'Rex', 'Boxer', '07700 900444', '', ''],
      ],
      [2, 3],
    ],
    [
      'a row written twice whole: a duplicate, still listed as its own row',
      [
        ['Linda Walsh', 'Poppy', 'Shih Tzu', '+44 7700 900333', '', ''],
        ['Linda Walsh', 'Poppy', 'Shih Tzu', '+44 7700 900333', '', ''],
      ],
      [2, 3],
    ],
  ])('%s', (_, rows, customers) => {
    expect(rowsOf(rows)).toEqual(customers);
  });
});
