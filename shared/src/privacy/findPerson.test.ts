import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../jobs/sheetGrid.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { schoolRegisterRows } from '../table/schoolRegister.fixture.ts';
import { findPerson } from './findPerson.ts';
import type { OrderErasureMode } from './orderErasureModes.ts';
import { key, options, placesBySheet } from './personSearch.fixture.ts';
import { PERSON, PERSON_WORKBOOK_TOTAL, personWorkbook } from './personWorkbook.fixture.ts';
import { applyErasure, planErasure } from './planErasure.ts';

/** Every cell's text of a workbook, with where it is. */
const allCells = (grids: readonly SheetGrid[]) =>
  grids.flatMap((g) =>
    g.rows.flatMap((row, r) =>
      row.map((cell, c) => ({ sheet: g.name, row: r + 1, column: c, text: cellToText(cell) })),
    ),
  );

describe('findPerson', () => {
  it.each([
    'email:ZHANG.WEI@example.com',
    'phone:+86 139 1234 5678',
    'phone:13912345678',
    'wechat:ZhangWei_88',
    'id:C003',
  ])('finds 张伟 everywhere from %s', (text) => {
    expect(placesBySheet(personWorkbook(), text)).toEqual({
      // Row 8 is 张伟明, whose note names 张伟's email.
      客户: [6, 8],
      订单: [3, 5, 8],
      投诉: [2],
      跟进任务: [2, 3],
      '客户备份 2026-01-10': [3, 4],
      数据质量: [2, 3],
      '客户报告 2026-02-01': [3],
      备注: [2, 4],
    });
  });

  it('reaches the backup row with the old mobile through the id, and the old mobile with it', () => {
    const found = findPerson(personWorkbook(), key('phone:138 0000 1111'), options);
    expect([...found.identity.phones].sort()).toEqual([PERSON.oldMobile, PERSON.mobile].sort());
    expect(found.names).toEqual([PERSON.name]);
    expect(found.rows.filter((r) => r.role === 'customer').map((r) => `${r.sheet}:${r.row}`)).toEqual([
      '客户:6',
      '客户备份 2026-01-10:3',
      '客户备份 2026-01-10:4',
    ]);
  });

  it('does not follow the shared switchboard to the colleague', () => {
    const found = findPerson(personWorkbook(), key('phone:021-6123 4567'), options);
    // The landline is on both rows: both are listed, and the caller sees two names.
    expect(found.names.sort()).toEqual(['张伟', '李雷'].sort());
    const byEmail = findPerson(personWorkbook(), key(`email:${PERSON.email}`), options);
    expect(byEmail.names).toEqual(['张伟']);
  });

  it('lists each place with its sheet, row, header and value', () => {
    const found = findPerson(personWorkbook(), key('id:C003'), options);
    expect(found.places).toContainEqual({
      sheet: '客户',
      row: 6,
      column: '邮箱',
      value: 'Zhang.Wei@Example.com',
    });
    expect(found.places).toContainEqual({ sheet: '订单', row: 3, column: '客户编号', value: 'C003' });
    expect(found.places).toContainEqual({ sheet: '备注', row: 4, column: 'A', value: '13912345678' });
    expect(found.places.some((p) => p.value.includes('张伟明'))).toBe(false);
  });

  it('finds their name written in traditional characters, and not inside the longer name of another', () => {
    const grids = personWorkbook();
    const notes = grids.find((g) => g.name === '备注');
    if (notes === undefined) throw new Error('no notes sheet');
    // A Hong Kong colleague's notes: 張偉 is 张伟, and 張偉明 is 张伟明, someone else.
    notes.rows.push(['2026-01-23', '張偉要報價單'], ['2026-01-24', '張偉明下週到訪']);
    const found = findPerson(grids, key('id:C003'), options);
    expect(found.places).toContainEqual({ sheet: '备注', row: 5, column: 'B', value: '張偉要報價單' });
    expect(found.places.some((p) => p.value === '張偉明下週到訪')).toBe(false);
  });

  it('finds nobody for a key no one has', () => {
    const found = findPerson(personWorkbook(), key('email:nobody@example.com'), options);
    expect(found.places).toEqual([]);
    expect(found.rows).toEqual([]);
  });
});

describe('planErasure', () => {
  const erase = (mode: OrderErasureMode) => {
    const grids = personWorkbook();
    const found = findPerson(grids, key(`email:${PERSON.email}`), options);
    const plan = planErasure(found, { orders: mode, marker: '[已删除]' });
    return { grids, plan, after: applyErasure(grids, plan) };
  };

  it('leaves no cell with their email, phones, name or WeChat id, and nothing to find again', () => {
    const { after } = erase('keep-amounts');
    for (const cell of allCells(after)) {
      const text = cell.text.toLowerCase();
      expect(text, JSON.stringify(cell)).not.toContain(PERSON.email);
      expect(text.replace(/\D/g, ''), JSON.stringify(cell)).not.toContain('13912345678');
      expect(text.replace(/\D/g, ''), JSON.stringify(cell)).not.toContain('13800001111');
      expect(text, JSON.stringify(cell)).not.toContain(PERSON.wechat);
      expect(cell.text.replaceAll('张伟明', ''), JSON.stringify(cell)).not.toContain(PERSON.name);
    }
    const again = findPerson(after, key('id:C003'), options);
    expect(again.places).toEqual([]);
  });

  it('changes no other row: other customers, orders, tasks and the review rows stay as they were', () => {
    const { grids, after } = erase('keep-amounts');
    const text = (g: SheetGrid[], sheet: string) =>
      g.find((s) => s.name === sheet)?.rows.map((r) => r.map(cellToText).join('|')) ?? [];
    const without = (rows: string[], ...drop: number[]) => rows.filter((_, i) => !drop.includes(i + 1));
    expect(text(after, '客户')).toEqual(
      without(text(grids, '客户'), 6).map((line) =>
        line.replace('与 zhang.wei@example.com 无关', '与 [已删除] 无关'),
      ),
    );
    expect(text(after, '客户备份 2026-01-10')).toEqual(without(text(grids, '客户备份 2026-01-10'), 3, 4));
    expect(text(after, '跟进任务')).toEqual([
      text(grids, '跟进任务')[0],
      text(grids, '跟进任务')[2]
        ?.replace('C001、C003', 'C001、[已删除]')
        .replace('李雷、张伟', '李雷、[已删除]'),
      text(grids, '跟进任务')[3],
    ]);
    const orders = text(after, '订单');
    expect(orders.filter((_, i) => ![2, 4, 7].includes(i))).toEqual(
      text(grids, '订单').filter((_, i) => ![2, 4, 7].includes(i)),
    );
    expect(orders[2]).toBe('D1002||2025-10-15|2345.6|红茶');
    expect(text(after, '投诉')[1]).toBe('|2026-01-20|回访||4');
    expect(text(after, '投诉')[2]).toBe(text(grids, '投诉')[2]);
    expect(text(after, '客户报告 2026-02-01')).toEqual([
      '客户报告',
      '大客户|客户编号|消费金额',
      '||8345.6',
      '张伟明|C005|1500',
      '李雷|C001|1200',
    ]);
    expect(text(after, '备注')).toEqual([
      '日期|记录',
      '2026-01-21|已电话联系 [已删除]，下周寄样品',
      '2026-01-22|韩梅梅要发票',
      '|客户来电号码',
    ]);
  });

  it('keeps the order totals whole by default, and deletes the orders when asked', () => {
    const sum = (g: SheetGrid[]) =>
      (g.find((s) => s.name === '订单')?.rows.slice(1) ?? []).reduce((t, r) => t + Number(r[3] ?? 0), 0);
    const kept = erase('keep-amounts');
    expect(sum(kept.after)).toBeCloseTo(PERSON_WORKBOOK_TOTAL, 6);
    expect(kept.plan.counts).toMatchObject({ rowsDeleted: 4, sheets: 8 });
    const deleted = erase('delete-rows');
    expect(sum(deleted.after)).toBeCloseTo(PERSON_WORKBOOK_TOTAL - 2345.6 - 3000 - 3000, 6);
    expect(deleted.plan.counts.rowsDeleted).toBe(8);
  });
});

describe('formulas and notes', () => {
  /** The workbook with a contact log whose link and note hold 张伟's email and mobile, and notes on two customer rows. */
  const withAsides = (): SheetGrid[] => {
    const grids = personWorkbook();
    const customers = grids.find((g) => g.name === '客户') as SheetGrid;
    customers.notes = new Map([
      [4, [{ column: 1, text: '老客户，周末不接电话' }]],
      [6, [{ column: 1, text: '只在工作日联系' }]],
    ]);
    grids.push({
      name: '联系记录',
      rows: [
        ['日期', '事项', '链接'],
        ['2026-01-20', '报价已发', '发邮件'],
        ['2026-01-22', '寄样品', '查看订单'],
        ['2026-01-23', '回访', 42],
      ],
      formulas: new Map([
        [2, [{ column: 2, formula: 'HYPERLINK("mailto:zhang.wei@example.com","发邮件")', cached: true }]],
        [
          3,
          [{ column: 2, formula: 'HYPERLINK("https://shop.example.com/o/D1002","查看订单")', cached: true }],
        ],
        [4, [{ column: 2, formula: 'LEN("139 1234 5678")*3', cached: true }]],
      ]),
      notes: new Map([
        [2, [{ column: 1, text: '张伟 zhang.wei@example.com 139 1234 5678 要求只在工作日联系' }]],
      ]),
    });
    return grids;
  };

  it('finds the person in a formula and in a note, and says which (a sheet without a header names columns by letter)', () => {
    const found = findPerson(withAsides(), key(`email:${PERSON.email}`), options);
    expect(found.places.filter((p) => p.sheet === '联系记录')).toEqual([
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
      { sheet: '联系记录', row: 4, column: 'C', value: '=LEN("139 1234 5678")*3', part: 'formula' },
    ]);
    // The note on their own row is theirs; the note on 李雷's row is not.
    expect(found.places.filter((p) => p.part === 'note' && p.sheet === '客户').map((p) => p.row)).toEqual([
      6,
    ]);
  });

  it('replaces a formula naming them by the value it showed, and redacts their note', () => {
    const grids = withAsides();
    const found = findPerson(grids, key(`email:${PERSON.email}`), options);
    const plan = planErasure(found, { orders: 'keep-amounts', marker: '[已删除]' });
    expect(plan.sheets.find((s) => s.sheet === '联系记录')).toEqual({
      sheet: '联系记录',
      deleteRows: [],
      edits: [
        { row: 2, column: 2, value: '发邮件' },
        { row: 4, column: 2, value: 42 },
      ],
      notes: [{ row: 2, column: 1, note: '[已删除] [已删除] [已删除] 要求只在工作日联系' }],
    });
    // Their customer row goes with its note: no note edit there.
    expect(plan.sheets.find((s) => s.sheet === '客户')?.notes).toEqual([]);
    const without = planErasure(findPerson(personWorkbook(), key(`email:${PERSON.email}`), options), {
      orders: 'keep-amounts',
      marker: '[已删除]',
    });
    expect(plan.counts.cellsRedacted + plan.counts.cellsCleared).toBe(
      without.counts.cellsRedacted + without.counts.cellsCleared + 3,
    );
  });

  it('removes a note that held nothing but their data', () => {
    const grids = withAsides();
    (grids.at(-1) as SheetGrid).notes = new Map([
      [3, [{ column: 0, text: 'Zhang.Wei@Example.com，+86 139-1234-5678' }]],
    ]);
    const plan = planErasure(findPerson(grids, key('id:C003'), options), {
      orders: 'keep-amounts',
      marker: '[erased]',
    });
    expect(plan.sheets.find((s) => s.sheet === '联系记录')?.notes).toEqual([
      { row: 3, column: 0, note: null },
    ]);
  });
});

describe('the personal data copy', () => {
  /** The sheet the add-on's export writes: each source sheet's name, header and the person's rows, then the places. */
  const copyOf = (name: string): SheetGrid => ({
    name,
    rows: [
      ['客户'],
      ['客户编号', '姓名', '公司', '手机', '电话', '邮箱'],
      ['C003', '张伟', '远帆贸易', '139 1234 5678', '021-6123 4567', 'zhang.wei@example.com'],
      [],
      ['订单'],
      ['订单号', '客户编号', '下单日期', '金额'],
      ['D1002', 'C003', '2026-01-20', 2345.6],
      [],
      ['位置'],
      ['工作表', '行', '列', '值'],
      ['客户', 6, '姓名', '张伟'],
      ['订单', 3, '下单日期', '2026-01-20'],
    ],
  });

  it.each(['个人信息副本 2026-02-03', 'Personal data copy 2026-02-03 (2)'])(
    '%s is one person’s copy, not a table of several people, and their erasure deletes it',
    (name) => {
      const grids = [...personWorkbook(), copyOf(name)];
      const found = findPerson(grids, key(`email:${PERSON.email}`), options);
      expect(found.names).toEqual([PERSON.name]);
      const plan = planErasure(found, { orders: 'keep-amounts', marker: '[已删除]' });
      expect(plan.deleteSheets).toEqual([name]);
      expect(plan.sheets.map((s) => s.sheet)).not.toContain(name);
      const alone = planErasure(findPerson(personWorkbook(), key(`email:${PERSON.email}`), options), {
        orders: 'keep-amounts',
        marker: '[已删除]',
      });
      expect(plan.counts).toEqual({
        ...alone.counts,
        places: found.places.length,
        rowsDeleted: alone.counts.rowsDeleted + 10,
        sheets: alone.counts.sheets + 1,
      });
      expect(applyErasure(grids, plan).map((g) => g.name)).not.toContain(name);
    },
  );

  it('is left alone by the erasure of someone it does not name', () => {
    const grids = [...personWorkbook(), copyOf('个人信息副本 2026-02-03')];
    const plan = planErasure(findPerson(grids, key('email:li.lei@yuanfan.cn'), options), {
      orders: 'keep-amounts',
      marker: '[已删除]',
    });
    expect(plan.deleteSheets).toEqual([]);
  });
});

describe('findPerson with customer ids written differently', () => {
  // Orders typed on a Chinese IME or pasted from a chat, as the analysis matches them to customers.
  const grids: SheetGrid[] = [
    {
      name: '客户',
      rows: [
        ['客户编号', '姓名', '手机'],
        ['C001', '张伟', '13912345671'],
        ['C010', '刘洋', '13912345674'],
        ['c010', '刘阳', '13912345675'],
      ],
    },
    {
      name: '订单',
      rows: [
        ['客户编号', '订单日期', '金额'],
        ['C001', '2025-01-05', 300],
        ['Ｃ００１', '2025-03-10', 200],
        ['c001\u200B', '2025-05-20', 150],
        ['C010', '2025-04-02', 60],
        ['Ｃ０１０', '2025-04-03', 70],
        ['c010', '2025-04-04', 80],
      ],
    },
  ];
  const orderRows = (text: string) =>
    findPerson(grids, key(text), options)
      .rows.filter((r) => r.role === 'order')
      .map((r) => r.row);

  it.each([
    ['id:C001', [2, 3, 4], 'every order of C001, however its id is written'],
    ['phone:13912345671', [2, 3, 4], 'the same, found through the phone'],
    ['id:C010', [5], 'only the orders written C010: Ｃ０１０ could be c010’s'],
    ['id:c010', [7], 'only the orders written c010'],
  ])('%s has the orders on rows %j: %s', (text, rows) => {
    expect(orderRows(text)).toEqual(rows);
  });
});

describe('orders that name their buyer by email or phone', () => {
  const shop = (): SheetGrid[] => [
    {
      name: '客户',
      rows: [
        ['姓名', '手机', '邮箱'],
        ['张伟', '+86 139 1234 5678', 'zhang.wei@example.com'],
        ['李雷', '13800138000', 'li.lei@example.com'],
      ],
    },
    {
      name: 'Orders',
      rows: [
        ['Name', 'Email', 'Financial Status', 'Total', 'Created at'],
        ['#1001', ' Zhang.Wei@Example.COM', 'paid', '118.40', '2024-03-05 10:22:31 -0800'],
        ['#1002', 'li.lei@example.com', 'paid', '94.00', '2024-05-10 18:00:59 -0700'],
      ],
    },
    {
      name: '订单',
      rows: [
        ['订单编号', '买家实际支付金额', '订单状态', '联系手机', '订单创建时间'],
        ['3001', '199.00', '交易成功', '13800138000', '2024-11-11 00:01:02'],
        ['3002', '59.90', '交易成功', '139 1234 5678', '2024-12-01 10:00:00'],
      ],
    },
  ];

  it('finds their orders by the email or mobile the orders write, however written', () => {
    const found = findPerson(shop(), key('email:zhang.wei@example.com'), options);
    expect(found.rows.filter((r) => r.role === 'order').map((r) => [r.sheet, r.row])).toEqual([
      ['Orders', 2],
      ['订单', 3],
    ]);
  });

  it('deletes their orders when asked, and only theirs', () => {
    const grids = shop();
    const plan = planErasure(findPerson(grids, key(`email:zhang.wei@example.com`), options), {
      orders: 'delete-rows',
      marker: '[已删除]',
    });
    const after = applyErasure(grids, plan);
    expect(after.find((g) => g.name === 'Orders')?.rows.map((r) => r[0])).toEqual(['Name', '#1002']);
    expect(after.find((g) => g.name === '订单')?.rows.map((r) => r[0])).toEqual(['订单编号', '3001']);
  });
});

describe('orders that name their buyer only by a platform account', () => {
  // A 淘宝 seller keeps the buyers' 旺旺 names as customer ids; the export names each buyer by
  // 买家会员名, its number masked: the analysis matches the account to the ids, and so does this.
  const shop = (): SheetGrid[] => [
    {
      name: '客户',
      rows: [
        ['客户编号', '姓名', '手机'],
        ['tb_zhangwei', '张伟', '13800138000'],
        ['lina_1990', '李娜', '13912345678'],
      ],
    },
    {
      name: '订单',
      rows: [
        ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '订单创建时间'],
        ['3001', 'tb_zhangwei', '199.00', '交易成功', '2024-11-11 00:01:02'],
        ['3002', 'lina_1990', '98.00', '交易成功', '2024-10-01 09:00:00'],
        ['3003', 'tb_zhangwei', '59.90', '交易成功', '2025-01-12 20:15:44'],
      ],
    },
  ];

  it('finds their orders through the id their account is, found by their phone', () => {
    const found = findPerson(shop(), key('phone:13800138000'), options);
    expect(found.rows.filter((r) => r.role === 'order').map((r) => r.row)).toEqual([2, 4]);
  });

  it('deletes those orders when asked, and only theirs', () => {
    const grids = shop();
    const plan = planErasure(findPerson(grids, key('phone:13800138000'), options), {
      orders: 'delete-rows',
      marker: '[已删除]',
    });
    const after = applyErasure(grids, plan);
    expect(after.find((g) => g.name === '订单')?.rows.map((r) => r[0])).toEqual(['订单编号', '3002']);
  });
});

describe('orders that name their customer only by name (a sales ledger)', () => {
  // A salon's spending book names members by 姓名, and two members are called 张伟: the analysis
  // counts 张伟's spending for neither, and erasing one 张伟 must leave the other's rows alone.
  const salon = (): SheetGrid[] => [
    {
      name: '会员',
      rows: [
        ['姓名', '手机号', '公司'],
        ['李佳琪', '13800001111', ''],
        ['张伟', '13900002222', ''],
        ['王芳', '13700003333', '（杭州）王芳工作室'],
        ['张伟', '13600004444', ''],
      ],
    },
    {
      name: '消费记录',
      rows: [
        ['消费日期', '姓名', '项目', '金额'],
        ['2025/1/5', '李佳琪 ', '面部护理', '398'],
        ['2025/1/19', '王芳', '肩颈按摩', '268'],
        ['2025/2/14', '张伟', '男士理疗', '458'],
        ['2025/3/8', '(杭州)王芳工作室', '团购套餐', '1200'],
        ['2025/4/12', '李佳琪', '面部护理', '398'],
      ],
    },
  ];
  const orderRows = (text: string) =>
    findPerson(salon(), key(text), options)
      .rows.filter((r) => r.role === 'order')
      .map((r) => r.row);

  it.each([
    ['phone:13800001111', [2, 6], 'her name as the ledger writes it, a trailing space and all'],
    ['phone:13700003333', [3, 5], 'her name and her company, its brackets written in half width'],
    ['phone:13900002222', [], 'nothing: another member is called 张伟 too'],
  ])('%s has the orders on rows %j: %s', (text, rows) => {
    expect(orderRows(text)).toEqual(rows);
  });

  it('deletes her orders when asked, and only hers', () => {
    const grids = salon();
    const plan = planErasure(findPerson(grids, key('phone:13800001111'), options), {
      orders: 'delete-rows',
      marker: '[已删除]',
    });
    const after = applyErasure(grids, plan);
    expect(after.find((g) => g.name === '消费记录')?.rows.map((r) => r[1])).toEqual([
      '姓名',
      '王芳',
      '张伟',
      '(杭州)王芳工作室',
    ]);
  });
});

describe('orders naming a shop without the remark its customer row writes after it', () => {
  // A wholesaler's book: the customer row says 小鹿家（淘宝店）, the orders 小鹿家. Two shops called
  // 潮人坊 but for their remarks: orders naming 潮人坊 are neither's, as the analysis counts them.
  const book = (): SheetGrid[] => [
    {
      name: '客户资料',
      rows: [
        ['店名', '老板', '电话'],
        ['小鹿家（淘宝店）', '鹿鹿', '18620012345'],
        ['潮人坊（东门）', '黄老板', '13823712345'],
        ['潮人坊（白马）', '黄太', '13823712346'],
      ],
    },
    {
      name: '拿货记录',
      rows: [
        ['日期', '客户', '金额'],
        ['2026-09-20', '小鹿家', '2250'],
        ['2026-10-12', '潮人坊', '13500'],
        ['2026-11-28', '小鹿家（淘宝店）', '1800'],
      ],
    },
  ];
  const orderRows = (text: string) =>
    findPerson(book(), key(text), options)
      .rows.filter((r) => r.role === 'order')
      .map((r) => r.row);

  it.each([
    ['phone:18620012345', [2, 4]],
    ['phone:13823712345', []],
  ])('%s has the orders on rows %j', (text, rows) => {
    expect(orderRows(text)).toEqual(rows);
  });
});

describe('orders whose customer id was left blank, the customer named beside it', () => {
  // The analysis counts such an order for the one customer of that name: erasing the customer
  // erases it too, and never an order naming a name two customers share.
  const studio = (): SheetGrid[] => [
    {
      name: '會員名冊',
      rows: [
        ['會員編號', '姓名', '手機'],
        ['S001', '林佳穎', '0912-345-678'],
        ['S004', '陳冠宇', '0933-445-566'],
        ['S007', '張偉', '0911-000-001'],
        ['S008', '張偉', '0911-000-002'],
      ],
    },
    {
      name: '收款紀錄',
      rows: [
        ['日期', '會員編號', '姓名', '金額'],
        ['2026-09-01', 'S001', '林佳穎', '21600'],
        ['2026-10-18', '', '陳冠宇', '1680'],
        ['2026-10-20', 'S004', '陳冠宇', '320'],
        ['2026-10-21', 'S001', '陳冠宇', '500'],
        ['2026-11-01', '', '張偉', '900'],
      ],
    },
  ];
  const orderRows = (text: string) =>
    findPerson(studio(), key(text), { ...options, region: 'TW' })
      .rows.filter((r) => r.role === 'order')
      .map((r) => r.row);

  it.each([
    [
      'id:S004',
      [3, 4],
      'his row by id and the one whose id was left blank; not S001’s, whatever its name says',
    ],
    ['phone:+886933445566', [3, 4], 'found by his phone alike'],
    ['id:S007', [], 'nothing: 張偉 is two members’ name'],
  ])('%s has the orders on rows %j: %s', (text, rows) => {
    expect(orderRows(text)).toEqual(rows);
  });
});

describe('orders in a ledger grouped by customer (the buyer on each group’s first line only)', () => {
  // The analysis counts a group's lines without a buyer for the buyer above them where the
  // group's 小计 adds up; they are that buyer's orders to find and erase, and only then.
  const ledger = (subtotal: string): SheetGrid[] => [
    {
      name: '客户',
      rows: [
        ['客户名称', '联系人', '手机'],
        ['广州联创建材有限公司', '韦晓燕', '13745288795'],
        ['深圳恒信贸易有限公司', '吴嘉芳', '13800138000'],
      ],
    },
    {
      name: '销售出库',
      rows: [
        ['日期', '购货单位', '物料名称', '价税合计'],
        ['2025-01-06', '广州联创建材有限公司', '仿古砖', '4620'],
        ['2025-02-11', '', '仿古砖', '3080'],
        ['2025-04-22', '', '瓷砖胶', '8400'],
        ['', '小计', '', subtotal],
        ['2025-01-18', '深圳恒信贸易有限公司', 'PVC管', '3600'],
        ['2025-05-15', '', 'PVC管', '-600'],
        ['', '小计', '', '3000'],
      ],
    },
  ];
  const orderRows = (grids: SheetGrid[], text: string) =>
    findPerson(grids, key(text), options)
      .rows.filter((r) => r.role === 'order')
      .map((r) => r.row);

  it('finds the lines of their group where its subtotal adds up, and no other group’s', () => {
    // The group's 小计 sums their orders: it is theirs with them.
    expect(orderRows(ledger('16100'), 'phone:13745288795')).toEqual([2, 3, 4, 5]);
    expect(orderRows(ledger('16100'), 'phone:13800138000')).toEqual([6, 7, 8]);
  });

  it('leaves the lines without a buyer alone where the subtotal does not add up, as the analysis does', () => {
    // Nor is the 小计 theirs: it sums more than their row.
    expect(orderRows(ledger('4620'), 'phone:13745288795')).toEqual([2]);
  });

  it('deletes every line of their group when asked, and shows the buyer the line was counted for', () => {
    const grids = ledger('16100');
    const found = findPerson(grids, key('phone:13745288795'), options);
    expect(
      found.places.filter((p) => p.sheet === '销售出库' && p.column === '购货单位').map((p) => p.row),
    ).toEqual([2, 3, 4, 5]);
    const plan = planErasure(found, { orders: 'delete-rows', marker: '[已删除]' });
    const after = applyErasure(grids, plan);
    expect(after.find((g) => g.name === '销售出库')?.rows.map((r) => r[3])).toEqual([
      '价税合计',
      '3600',
      '-600',
      '3000',
    ]);
  });
});

describe('orders whose Customer column a customer list without ids knows as names (QuickBooks)', () => {
  const books = (): SheetGrid[] => [
    {
      name: 'Customers',
      rows: [
        ['Customer', 'Email', 'Phone'],
        ['Bright Pixel Studio', 'billing@brightpixel.io', '+1 415 555 0134'],
        ['Oliver Chen', 'oliver.chen@example.com', '+1 206 555 0177'],
      ],
    },
    {
      name: 'Sales by Customer Detail',
      rows: [
        ['Customer', 'Date', 'Num', 'Amount'],
        ['Bright Pixel Studio', '09/04/2026', '1041', 1200],
        ['', '10/02/2026', '1047', 1200],
        ['Total for Bright Pixel Studio', '', '', 2400],
        ['Oliver Chen', '09/22/2026', '1044', 450],
        ['Total for Oliver Chen', '', '', 450],
      ],
    },
  ];

  it('finds their orders by the name the Customer column writes, the lines of their group too', () => {
    const found = findPerson(books(), key('email:billing@brightpixel.io'), options);
    // "Total for …" names them, and sums their orders: theirs too.
    expect(found.rows.filter((r) => r.role === 'order').map((r) => r.row)).toEqual([2, 3, 4]);
    const other = findPerson(books(), key('email:oliver.chen@example.com'), options);
    expect(other.rows.filter((r) => r.role === 'order').map((r) => r.row)).toEqual([5, 6]);
  });
});

describe('orders grouped under headings, the header naming no buyer (QuickBooks’ sales by customer detail)', () => {
  const books = (): SheetGrid[] => [
    {
      name: 'Customers',
      rows: [
        ['Customer', 'Email', 'Phone'],
        ['Acme Dental Group', 'frontdesk@acmedental.example', '+1 512 555 0142'],
        ['Blue Harbor Cafe', 'owner@blueharborcafe.example', '+1 512 555 0177'],
      ],
    },
    {
      name: 'Sales by Customer Detail',
      rows: [
        ['Sales by Customer Detail'],
        [],
        ['', 'Date', 'Num', 'Amount'],
        ['Acme Dental Group', '', '', ''],
        ['', '01/15/2025', '1001', '1,200.00'],
        ['', '03/02/2025', '1007', '240.00'],
        ['Total for Acme Dental Group', '', '', '$1,440.00'],
        ['Blue Harbor Cafe', '', '', ''],
        ['', '02/10/2025', '1003', '300.00'],
        ['Total for Blue Harbor Cafe', '', '', '$300.00'],
        ['TOTAL', '', '', '$1,740.00'],
      ],
    },
  ];

  it('finds their heading, the lines under it and its total, and erases them alone', () => {
    const grids = books();
    const found = findPerson(grids, key('email:frontdesk@acmedental.example'), options);
    expect(found.rows.filter((r) => r.role === 'order').map((r) => r.row)).toEqual([4, 5, 6, 7]);
    // Their places are the cells written: the heading's name, not a cell the sheet does not have.
    const places = found.places.filter((p) => p.sheet === 'Sales by Customer Detail');
    expect(places.every((p) => p.column !== 'E')).toBe(true);
    const plan = planErasure(found, { orders: 'delete-rows', marker: '[deleted]' });
    const after = applyErasure(grids, plan).find((g) => g.name === 'Sales by Customer Detail');
    expect(after?.rows.map((r) => r[0] ?? '')).toEqual([
      'Sales by Customer Detail',
      '',
      '',
      'Blue Harbor Cafe',
      '',
      'Total for Blue Harbor Cafe',
      'TOTAL',
    ]);
  });

  it('finds none of a group whose total does not add up, as the analysis counts none', () => {
    const grids = books();
    const sheet = grids[1] as SheetGrid;
    (sheet.rows[6] as Cell[])[3] = '$1,400.00';
    const found = findPerson(grids, key('email:frontdesk@acmedental.example'), options);
    expect(found.rows.filter((r) => r.role === 'order').map((r) => r.row)).toEqual([]);
  });
});

describe('a customer written over several rows (further lines naming nobody)', () => {
  // A school's register: a student's further courses on the rows below, 学号, 姓名 and 家长电话
  // left blank. The reader counts those lines for the student above; they are the student's.
  // An amount alone after a blank row under them is nobody's.
  const register = (): SheetGrid[] => [
    { name: '学员登记', rows: [...schoolRegisterRows(), [], ['', '', '', '', '', 400]] },
  ];
  const customerRows = (text: string) =>
    findPerson(register(), key(text), options)
      .rows.filter((r) => r.role === 'customer')
      .map((r) => r.row);

  it.each([
    ['id:QM003', [4, 5, 6]],
    ['phone:13812345601', [2, 3]],
    // The last student has no further line: the amount below the blank row is nobody's.
    ['id:QM004', [7]],
  ])('finds %s with their lines', (text, rows) => {
    expect(customerRows(text)).toEqual(rows);
  });

  it('erases their lines with them, so that none is read as the lines of the student above', () => {
    const grids = register();
    const plan = planErasure(findPerson(grids, key('id:QM003'), options), {
      orders: 'delete-rows',
      marker: '[已删除]',
    });
    const after = applyErasure(grids, plan);
    const texts = allCells(after).map((c) => c.text);
    expect(texts).not.toContain('拉丁舞启蒙（续费）');
    expect(texts).not.toContain('少儿美术（周日下午）');
    expect(texts).not.toContain('15157101234');
    // 李可馨's lines are hers as before, and no more than hers.
    const left = (after[0] as SheetGrid).rows.filter((row) => row.length > 0);
    expect(left.map((row) => row[5] ?? null)).toEqual(['实收学费', 2880, 1600, 3840, 400]);
  });
});

describe('a report of sales under the customers’ headings beside a contact list', () => {
  // QuickBooks' Sales by Customer Detail names each customer on a heading line and again in its
  // Name column: it is the orders, whose groups are the customers', never a table of people.
  const books = (): SheetGrid[] => [
    {
      name: 'Sales by Customer Detail',
      rows: [
        ['Sales by Customer Detail'],
        ['', 'Type', 'Date', 'Num', 'Name', 'Amount'],
        ['Acme Dental Group'],
        ['', 'Invoice', '01/14/2026', '1041', 'Acme Dental Group', 211.96],
        ['', 'Invoice', '03/02/2026', '1058', 'Acme Dental Group', 537],
        ['Total for Acme Dental Group', '', '', '', '', 748.96],
        ['Kuna Feed & Seed'],
        ['', 'Sales Receipt', '06/03/2026', '1087', 'Kuna Feed & Seed', 68],
        ['Total for Kuna Feed & Seed', '', '', '', '', 68],
      ],
    },
    {
      name: 'Customer Contact List',
      rows: [
        ['Customer', 'Phone Numbers', 'Email', 'Full Name'],
        ['Acme Dental Group', 'Phone: (208) 555-0143', 'frontdesk@acmedentalgroup.com', 'Dr. Linda Park'],
        ['Kuna Feed & Seed', '', 'kuna@feedseed.com', ''],
      ],
    },
  ];

  it('finds a customer’s transactions, heading and total in the report, and their contact row', () => {
    const found = findPerson(books(), key('email:frontdesk@acmedentalgroup.com'), {
      ...options,
      region: 'US',
    });
    expect(found.rows.map((r) => [r.sheet, r.role, r.row])).toEqual([
      ['Sales by Customer Detail', 'order', 3],
      ['Sales by Customer Detail', 'order', 4],
      ['Sales by Customer Detail', 'order', 5],
      ['Sales by Customer Detail', 'order', 6],
      ['Customer Contact List', 'customer', 2],
    ]);
  });
});
