import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import type { CellIssue } from '../model/table.ts';
import { customer, customerTable, mapHeaderForTest } from './customerTable.fixture.ts';
import { reviewCustomerTable } from './reviewCustomerTable.ts';

const config = resolveConfig({ language: 'en' });
const ZH = [
  '客户编号',
  '姓名',
  '公司',
  '职位',
  '手机',
  '电话',
  '邮箱',
  '微信',
  '城市',
  '最近购买日期',
  '消费金额',
];
const EN = [
  'Customer ID',
  'Name',
  'Company',
  'Title',
  'Mobile',
  'Phone',
  'Email',
  'WeChat',
  'City',
  'Last purchase date',
];

function review(header: string[], rows: (string | number | null)[][], issues: CellIssue[] = []) {
  const { records, mapping } = customerTable(header, rows);
  return reviewCustomerTable(records, issues, mapping, config);
}

function groups(header: string[], rows: (string | number | null)[][]) {
  return review(header, rows).merges.map((m) => ({ kind: m.kind, rows: [...m.rows].sort((a, b) => a - b) }));
}

describe('exact duplicates', () => {
  it('groups rows with the same email regardless of case and spaces', () => {
    const merges = review(EN, [
      ['C1', 'Li Wei', 'Acme Inc.', '', '', '', 'Li.Wei@Acme.com ', '', '', ''],
      ['C2', 'Wei Li', '', '', '', '', 'li.wei@acme.com', '', '', ''],
    ]).merges;
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ kind: 'exact', matchedOn: 'email: l***@acme.com', similarity: 1 });
  });

  // Header: 客户编号 姓名 公司 职位 手机 电话 邮箱 微信 城市 最近购买日期 消费金额
  it.each([
    [
      "colleagues on their company's switchboard and shared mailbox are not one person",
      [
        [
          'H01',
          '李娜',
          '上海华信贸易',
          '采购经理',
          '',
          '+86 21 6234 5678',
          'info@huaxin-trade.cn',
          '',
          '',
          '',
          '',
        ],
        [
          'H02',
          '赵强',
          '上海华信贸易',
          '财务',
          '',
          '+86 21 6234 5678',
          'info@huaxin-trade.cn',
          '',
          '',
          '',
          '',
        ],
        ['H03', '钱芳', '上海华信贸易', '总经理', '', '+86 21 6234 5678', '', '', '', '', ''],
      ],
      [],
    ],
    [
      'a husband and wife on one home line are not one person',
      [
        ['P01', '周杰', '', '', '13912345678', '+86 571 8600 1234', '', '', '', '', ''],
        ['P02', '周杰的老婆', '', '', '', '+86 571 8600 1234', '', '', '', '', ''],
      ],
      [],
    ],
    [
      'one person typed twice on a shared switchboard is still found, apart from the colleagues',
      [
        ['H01', '李娜', '上海华信贸易', '', '', '+86 21 6234 5678', '', '', '', '', ''],
        ['H02', '赵强', '上海华信贸易', '', '', '+86 21 6234 5678', '', '', '', '', ''],
        ['H09', '李娜', '华信贸易', '', '', '+86 21 6234 5678', '', '', '', '', ''],
      ],
      [{ kind: 'exact', rows: [2, 4] }],
    ],
    [
      'a row without a name joins the one person a number belongs to',
      [
        ['K01', '陈静', '', '', '13912345678', '', '', '', '', '', ''],
        ['K02', '', '', '', '13912345678', '', '', '', '', '', ''],
      ],
      [{ kind: 'exact', rows: [2, 3] }],
    ],
    [
      'but not when the number is shared by two people',
      [
        ['H01', '李娜', '', '', '', '+86 21 6234 5678', '', '', '', '', ''],
        ['H02', '赵强', '', '', '', '+86 21 6234 5678', '', '', '', '', ''],
        ['H03', '', '', '', '', '+86 21 6234 5678', '', '', '', '', ''],
      ],
      [],
    ],
    [
      'the same WeChat id and the same name',
      [
        ['W01', '刘洋', '', '', '', '', '', 'liuyang88', '', '', ''],
        ['W02', '刘洋', '', '', '', '', '', '微信号：LiuYang88', '', '', ''],
      ],
      [{ kind: 'exact', rows: [2, 3] }],
    ],
    [
      'a note in brackets after the name on one email',
      [
        ['E01', '张伟', '', '', '', '', 'zhang.wei@example.cn', '', '', '', ''],
        ['E02', '张伟（老客户）', '', '', '', '', 'zhang.wei@example.cn', '', '', '', ''],
      ],
      [{ kind: 'exact', rows: [2, 3] }],
    ],
    [
      'a name written in each script on one email',
      [
        ['E01', '张伟', '', '', '', '', 'zhang.wei@example.cn', '', '', '', ''],
        ['E02', 'Zhang Wei', '', '', '', '', 'zhang.wei@example.cn', '', '', '', ''],
      ],
      [{ kind: 'exact', rows: [2, 3] }],
    ],
  ])('%s', (_, rows, expected) => {
    expect(groups(ZH, rows)).toEqual(expected);
  });

  it('words and masks a shared WeChat id like the other contacts', () => {
    const rows = [
      ['W01', '刘洋', '', '', '', '', '', 'liuyang88', '', '', ''],
      ['W02', '刘洋', '', '', '', '', '', 'liuyang88', '', '', ''],
    ];
    expect(review(ZH, rows).merges[0]?.matchedOn).toBe('WeChat: li***');
    const { records, mapping } = customerTable(ZH, rows);
    const zh = reviewCustomerTable(records, [], mapping, resolveConfig({ language: 'zh' }));
    expect(zh.merges[0]?.matchedOn).toBe('微信 li***');
  });

  // A 淘宝 seller's list: 客户编号 姓名 手机 旺旺号.
  const SHOP = ['客户编号', '姓名', '手机', '旺旺号'];
  it.each<[string, (string | number | null)[][], { kind: string; rows: number[] }[]]>([
    [
      'one buyer entered twice under two ids, with the same 旺旺号, is one customer',
      [
        ['C001', '张伟', '13800138000', 'tb_zhangwei'],
        ['C017', '张伟', '', ' tb_zhangwei'],
      ],
      [{ kind: 'exact', rows: [2, 3] }],
    ],
    [
      'full-width characters typed into one of them make the same account',
      [
        ['C001', '张伟', '', 'tb_zhangwei'],
        ['C017', '张伟', '', 'ｔｂ＿ｚｈａｎｇｗｅｉ'],
      ],
      [{ kind: 'exact', rows: [2, 3] }],
    ],
    [
      'namesakes with their own 旺旺号 are two customers',
      [
        ['C001', '张伟', '', 'tb_zhangwei'],
        ['C002', '张伟', '', 'zhangwei_1988'],
      ],
      [],
    ],
    [
      'masked accounts, which two buyers may share, tie no rows together',
      [
        ['C001', '李娜', '', 't**8'],
        ['C002', '王芳', '', 't**8'],
      ],
      [],
    ],
  ])('%s', (_, rows, expected) => {
    expect(groups(SHOP, rows)).toEqual(expected);
  });

  it('words and masks a shared platform account like a WeChat id (en and zh)', () => {
    const rows = [
      ['C001', '张伟', '13800138000', 'tb_zhangwei'],
      ['C017', '', '', 'tb_zhangwei'],
    ];
    expect(review(SHOP, rows).merges[0]?.matchedOn).toBe('platform account: tb***');
    const { records, mapping } = customerTable(SHOP, rows);
    const zh = reviewCustomerTable(records, [], mapping, resolveConfig({ language: 'zh' }));
    expect(zh.merges[0]?.matchedOn).toBe('平台账号 tb***');
  });

  it('matches a mobile number written in the phone column of another row', () => {
    const merges = review(ZH, [
      ['K001', '陈静', '', '', '139 1234 5678', '', '', '', '', '', ''],
      ['K002', '陈静', '', '', '', '+86 139-1234-5678', '', '', '', '', ''],
    ]).merges;
    expect(merges).toMatchObject([{ kind: 'exact', matchedOn: 'phone: *********5678', rows: [2, 3] }]);
  });

  it('joins groups transitively: A~B by email and B~C by phone make one group', () => {
    const merges = review(ZH, [
      ['K001', '王芳', '', '', '', '', 'wangfang@yuanfan.cn', '', '', '', ''],
      ['K002', '杨磊', '', '', '', '', '', '', '', '', ''],
      ['K003', '王芳', '', '', '13800001111', '', 'wangfang@yuanfan.cn', '', '', '', ''],
      ['K004', 'Wang Fang', '', '', '', '13800001111', '', '', '', '', ''],
    ]).merges;
    expect(merges).toHaveLength(1);
    expect([...(merges[0]?.rows ?? [])].sort()).toEqual([2, 4, 5]);
    expect(merges[0]?.matchedOn).toBe('email: w***@yuanfan.cn; phone: *********1111');
  });

  it('keeps rows without any contact value apart', () => {
    expect(
      groups(EN, [
        ['C1', 'Anna Berg'],
        ['C2', 'Anna Berg'],
      ]),
    ).toEqual([]);
  });
});

describe('likely duplicates', () => {
  it.each([
    ['张伟', '上海远帆供应链管理有限公司', '张伟', '上海远帆供应链管理'],
    ['张伟', '远帆（集团）股份有限公司', '张伟', '远帆集团'],
    ['Li Wei', 'Acme Inc.', 'Wei Li', 'ACME'],
    ['Jonathan Smith', 'Globex Corporation', 'Jonathon Smith', 'Globex Corp.'],
    ['Katherine Johnson', 'Initech LLC', 'Katharine  Johnson', 'initech'],
    ['José García', 'Müller GmbH', 'Jose Garcia', 'Müller'],
  ])('%s at %s = %s at %s (one of them without contacts)', (nameA, companyA, nameB, companyB) => {
    const merges = review(EN, [
      ['C1', nameA, companyA, '', '', '', 'a@example.com', '', '', ''],
      ['C2', nameB, companyB, '', '', '', '', '', '', ''],
    ]).merges;
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ kind: 'likely', matchedOn: 'name ~ company' });
    expect(merges[0]?.similarity).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['John Smith', 'Globex', 'Jane Smith', 'Globex'],
    ['Michael Brown', 'Globex', 'Michelle Brown', 'Globex'],
    ['Li Wei', 'Acme Inc.', 'Li Wei', 'Acme Logistics Inc.'],
    ['张伟', '上海远帆供应链管理有限公司', '张伟', '北京星河科技有限公司'],
    ['张伟', '上海远帆供应链管理有限公司', '李伟', '上海远帆供应链管理有限公司'],
    ['张伟', '个人', '张伟', '个人'],
    ['Anna Berg', '', 'Anna Berg', ''],
    ['王小明', '杭州云栖科技股份有限公司', '王大勇', '杭州云栖科技股份有限公司'],
  ])('%s at %j and %s at %j are not duplicates', (nameA, companyA, nameB, companyB) => {
    expect(
      groups(EN, [
        ['C1', nameA, companyA, '', '', '', 'a@example.com', '', '', ''],
        ['C2', nameB, companyB, '', '', '', 'b@example.com', '', '', ''],
      ]),
    ).toEqual([]);
  });

  it.each<[string, (string | number | null)[], (string | number | null)[], boolean]>([
    [
      'colleagues one character apart with their own phones and emails',
      ['K1', '林建强', '华东精密机械有限公司', '销售经理', '13912340001', '', 'jq.lin@hdjm.cn', '', '上海'],
      ['K2', '林建涵', '华东精密机械有限公司', '销售经理', '13912340002', '', 'jh.lin@hdjm.cn', '', '上海'],
      false,
    ],
    [
      'colleagues one character apart, one email missing but different phones',
      ['K1', '林建强', '华东精密机械有限公司', '工程师', '13912340001', '', '', '', '上海'],
      ['K2', '林建涵', '华东精密机械有限公司', '工程师', '13912340002', '', 'jh.lin@hdjm.cn', '', '上海'],
      false,
    ],
    [
      'two people of one common name with their own emails',
      ['K1', '张伟', '华东精密机械有限公司', '', '', '', 'zw1@hdjm.cn', '', '上海'],
      ['K2', '张伟', '华东精密机械有限公司', '', '', '', 'zw2@hdjm.cn', '', '上海'],
      false,
    ],
    [
      'two people of one name with their own WeChat ids',
      ['K1', '张伟', '华东精密机械有限公司', '', '', '', '', 'zhangwei_hd', '上海'],
      ['K2', '张伟', '华东精密机械有限公司', '', '', '', '', 'zw-1988', '上海'],
      false,
    ],
    [
      'one person with a desk and a mobile number and one email',
      ['K1', '张伟', '华东精密机械有限公司', '', '13912340001', '', 'zw@hdjm.cn', '', '上海'],
      ['K2', '张伟', '华东精密机械', '', '', '021-61234567', '', '', '上海'],
      true,
    ],
    [
      'one person written in traditional and in simplified characters',
      ['K1', '陳大文', '偉達貿易有限公司', '採購經理', '13912340001', '', 'david@waita.com.hk', '', '香港'],
      ['K2', '陈大文', '伟达贸易', '', '', '021-61234567', '', '', '香港'],
      true,
    ],
    [
      'namesakes in traditional and simplified characters with their own phones and emails',
      ['K1', '陳偉', '偉達貿易有限公司', '', '13912340001', '', 'chan.wai@waita.com.hk', '', '香港'],
      ['K2', '陈伟', '伟达贸易有限公司', '', '13912340002', '', 'chen.wei@waita.com.hk', '', '香港'],
      false,
    ],
    [
      'a typo in a name written without contacts',
      ['K1', '林建强', '华东精密机械有限公司', '工程师', '13912340001', '', 'jq.lin@hdjm.cn', '', '上海'],
      ['K2', '林建墙', '华东精密机械有限公司', '', '', '', '', '', '上海'],
      true,
    ],
  ])('%s: proposed %s', (_why, a, b, proposed) => {
    expect(groups(ZH, [a, b]).length).toBe(proposed ? 1 : 0);
  });

  it('takes a Chinese name one character apart only with a shared city or title', () => {
    const company = '上海远帆供应链管理有限公司';
    const pair = (cityA: string, titleA: string, cityB: string, titleB: string) =>
      review(ZH, [
        ['K1', '张伟', company, titleA, '', '', '', '', cityA, '', ''],
        ['K2', '张玮', company, titleB, '', '', '', '', cityB, '', ''],
      ]).merges.map((m) => m.matchedOn);
    expect(pair('上海', '', '上海', '')).toEqual(['name ~ company + city']);
    expect(pair('上海', '采购经理', '北京', '采购经理')).toEqual(['name ~ company + title']);
    expect(pair('上海', '采购经理', '北京', '财务总监')).toEqual([]);
    expect(pair('', '', '', '')).toEqual([]);
  });

  it('reports an exact group once even when its names are also similar', () => {
    const merges = review(EN, [
      ['C1', 'Li Wei', 'Acme', '', '', '', 'li@acme.com', '', '', ''],
      ['C2', 'Li Wei', 'Acme', '', '', '', 'li@acme.com', '', '', ''],
    ]).merges;
    expect(merges).toMatchObject([{ kind: 'exact', rows: [2, 3] }]);
  });

  it('puts a likely match of an exact group into that one group', () => {
    const merges = review(EN, [
      ['C1', 'Li Wei', 'Acme', '', '', '', 'li@acme.com', '', '', ''],
      ['C2', 'Wei Li', '', '', '', '', 'li@acme.com', '', '', ''],
      ['C3', 'Li  Wei', 'ACME Inc.', '', '+86 21 6123 4567', '', '', '', '', ''],
    ]).merges;
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ kind: 'likely', matchedOn: 'email: l***@acme.com; name ~ company' });
    expect([...(merges[0]?.rows ?? [])].sort()).toEqual([2, 3, 4]);
  });
});

describe('merge proposals', () => {
  it.each([
    {
      why: 'the most complete row survives',
      rows: [
        customer(2, { email: 'a@x.com', name: 'Li Wei' }),
        customer(3, { email: 'a@x.com', name: 'Li Wei', city: 'Shanghai', company: 'Acme' }),
        customer(4, { email: 'a@x.com', name: 'Li Wei', city: 'Shanghai' }),
      ],
      survivor: 3,
      rows_: [3, 2, 4],
    },
    {
      why: 'equal completeness: the most recent last purchase survives',
      rows: [
        customer(2, { email: 'a@x.com', lastPurchase: '2024-03-01' }),
        customer(3, { email: 'a@x.com', lastPurchase: '2025-01-15' }),
        customer(4, { email: 'a@x.com', lastPurchase: '2024-12-31' }),
      ],
      survivor: 3,
      rows_: [3, 2, 4],
    },
    {
      why: 'a row with a purchase beats one without',
      rows: [
        customer(5, { email: 'a@x.com', city: '上海' }),
        customer(9, { email: 'a@x.com', lastPurchase: '2020-01-01' }),
      ],
      survivor: 9,
      rows_: [9, 5],
    },
    {
      why: 'a full tie: the lowest row survives',
      rows: [
        customer(7, { email: 'a@x.com' }),
        customer(4, { email: 'a@x.com' }),
        customer(6, { email: 'a@x.com' }),
      ],
      survivor: 4,
      rows_: [4, 6, 7],
    },
  ])('$why', ({ rows, survivor, rows_ }) => {
    const merges = reviewCustomerTable(rows, [], mapHeaderForTest(EN), config).merges;
    expect(merges).toHaveLength(1);
    expect(merges[0]?.survivorRow).toBe(survivor);
    expect(merges[0]?.rows).toEqual(rows_);
  });

  it('fills what the survivor lacks and lists conflicting values with their rows', () => {
    const merges = review(ZH, [
      [
        'K001',
        '张伟',
        '上海远帆供应链管理有限公司',
        '采购经理',
        '13912345678',
        '',
        'zhangwei@yuanfan.cn',
        '',
        '上海',
        '2024-05-01',
        12000,
      ],
      [
        'K017',
        '张伟',
        '上海远帆供应链管理',
        '',
        '13912345678',
        '021-62345678',
        'zw@163.com',
        'zw_yuanfan',
        '',
        '',
        '',
      ],
    ]).merges;
    expect(merges).toHaveLength(1);
    const merge = merges[0];
    expect(merge?.survivorRow).toBe(2);
    expect(merge?.fill).toEqual({ wechat: { value: 'zw_yuanfan', fromRow: 3 } });
    expect(merge?.conflicts).toEqual({
      id: [
        { value: 'K001', row: 2 },
        { value: 'K017', row: 3 },
      ],
      email: [
        { value: 'zhangwei@yuanfan.cn', row: 2 },
        { value: 'zw@163.com', row: 3 },
      ],
    });
  });

  it('fills from the best-ranked other row when several supply a field', () => {
    const merges = reviewCustomerTable(
      [
        customer(2, { email: 'a@x.com', name: 'Li Wei', company: 'Acme', title: 'CEO', city: 'Shanghai' }),
        customer(3, { email: 'a@x.com', wechat: 'liwei_old' }),
        customer(4, { email: 'a@x.com', wechat: 'liwei_new', lastPurchase: '2025-02-01' }),
      ],
      [],
      mapHeaderForTest(EN),
      config,
    ).merges;
    expect(merges[0]?.fill.wechat).toEqual({ value: 'liwei_new', fromRow: 4 });
    expect(merges[0]?.fill.lastPurchase).toEqual({ value: '2025-02-01', fromRow: 4 });
    expect(merges[0]?.conflicts.wechat).toEqual([
      { value: 'liwei_old', row: 3 },
      { value: 'liwei_new', row: 4 },
    ]);
  });
});
