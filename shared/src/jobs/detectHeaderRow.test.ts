import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { detectHeaderRow } from './detectHeaderRow.ts';

const NO_OVERRIDES = { customers: {}, orders: {}, complaints: {} };
const HEADER = ['客户编号', '姓名', '手机', '最近购买日期', '消费金额'];
const ROW = ['C001', '张伟', '13912345678', '2026-03-01', 1200];

describe('detectHeaderRow', () => {
  it.each<[string, Cell[][], number]>([
    ['the first row', [HEADER, ROW], 1],
    ['below a blank row', [[], HEADER, ROW], 2],
    ['below a WPS title line and a blank row', [['2026年华东区客户台账'], [], HEADER, ROW], 3],
    ['below a merged title whose other cells are empty', [['客户名单', null, null, null], HEADER, ROW], 2],
    ['below an export note', [['导出时间：2026-11-30 18:02:11', '', '导出人：王芳'], HEADER, ROW], 2],
    [
      'the row naming the most columns when a note line names one',
      [['姓名'], ['说明', '', '', ''], HEADER, ROW],
      3,
    ],
  ])('finds the header %s', (_name, rows, expected) => {
    expect(detectHeaderRow(rows, 'customers', NO_OVERRIDES)).toEqual({ row: expected, usable: true });
  });

  it('gives the first non-blank row, unusable, when no row names a customer column', () => {
    expect(detectHeaderRow([[], ['Spalte A', 'Spalte B'], ['x', 'y']], 'customers', NO_OVERRIDES)).toEqual({
      row: 2,
      usable: false,
    });
  });

  it('takes the column names under a group label for the lower row of the header', () => {
    // A Mexican print shop's client list: Datos fiscales over RFC | Uso CFDI, the other names on
    // the upper row alone.
    const rows = [
      ['IMPRENTA LOS ARCOS'],
      ['Cartera de clientes'],
      ['Clave', 'Cliente / Razón social', 'Contacto', 'Teléfono', 'Datos fiscales', '', 'Notas'],
      ['', '', '', '', 'RFC', 'Uso CFDI', ''],
      ['EMPRESAS'],
      [
        'C101',
        'Restaurante La Tequilera SA de CV',
        'Lic. Mariana Ruiz',
        '33 3615 2840',
        'RTE110823KJ4',
        'G03',
        '',
      ],
    ];
    expect(detectHeaderRow(rows, 'customers', NO_OVERRIDES)).toMatchObject({ row: 4, usable: true });
    // A first record with nothing but its figures in unnamed columns is no header.
    const figures = [rows[2] as string[], ['C101', 'La Tequilera', '', '', 'RTE110823KJ4', 'G03', '']];
    expect(detectHeaderRow(figures, 'customers', NO_OVERRIDES)).toEqual({ row: 1, usable: true });
  });

  it('takes no record for the lower row of a header written again above it', () => {
    // A Graz merchant's invoice book heads February again, its first line just below.
    const header = ['Datum', 'Beleg-Nr.', 'Art', 'Kd.-Nr.', 'Kunde', 'Artikel / Text', 'netto', 'USt. 20 %'];
    const rows = [
      ['RECHNUNGSBUCH Jänner / Feber 2026'],
      header,
      ['JÄNNER 2026'],
      ['07.01.2026', 'RE 2026-001', 'Rechnung', 20104, 'Strobl', 'Welschriesling', '€ 407,00', '€ 81,40'],
      ['FEBER 2026'],
      header,
      ['02.02.2026', 'RE 2026-009', 'Rechnung', 20111, 'Pölzl', 'Schilcher Klassik', '€ 693,60', '€ 138,72'],
    ];
    expect(detectHeaderRow(rows, 'orders', NO_OVERRIDES)).toEqual({ row: 2, usable: true });
  });

  it('uses header overrides', () => {
    // Icelandic, a language whose headers the toolkit does not know.
    const rows = [
      ['Viðskiptavinur', 'Sími'],
      ['Anna Jónsdóttir', '+354 581 2345'],
    ];
    expect(detectHeaderRow(rows, 'customers', NO_OVERRIDES).usable).toBe(false);
    const overrides = { ...NO_OVERRIDES, customers: { Viðskiptavinur: 'name' as const } };
    expect(detectHeaderRow(rows, 'customers', overrides)).toEqual({ row: 1, usable: true });
  });

  it('needs all order columns for an orders header', () => {
    const rows = [['订单明细'], ['客户编号', '下单日期', '实付金额'], ['C001', '2026-01-02', 10]];
    expect(detectHeaderRow(rows, 'orders', NO_OVERRIDES)).toEqual({ row: 2, usable: true });
    expect(detectHeaderRow([['客户编号', '下单日期']], 'orders', NO_OVERRIDES).usable).toBe(false);
  });

  it('takes an orders header without a buyer column where the customers head groups below it', () => {
    const title = [['Sales by Customer Detail'], ['Harbor Lights Design Co.'], []];
    const header = ['', 'Date', 'Num', 'Amount'];
    const headed = [
      ...title,
      header,
      ['Acme Dental Group', '', '', ''],
      ['', '01/15/2025', '1001', '1,200.00'],
    ];
    expect(detectHeaderRow(headed, 'orders', NO_OVERRIDES)).toEqual({ row: 4, usable: true });
    // A period is no customer; a header alone heads nothing: the header is still the row messages
    // show, and the table is not usable.
    const monthly = [...title, header, ['2025年1月', '', '', ''], ['', '01/15/2025', '1001', '1,200.00']];
    expect(detectHeaderRow(monthly, 'orders', NO_OVERRIDES)).toEqual({ row: 4, usable: false });
    expect(detectHeaderRow([...title, header], 'orders', NO_OVERRIDES)).toEqual({ row: 4, usable: false });
  });
});

describe('detectHeaderRow on a header drawn over two rows', () => {
  it('combines group labels above with column names below', () => {
    const rows: Cell[][] = [
      ['2026年客户台账'],
      ['客户编号', '姓名', '联系方式', '', '消费情况', ''],
      ['', '', '手机', '邮箱', '次数', '金额'],
      ['C001', '张伟', '13912345678', 'zw@x.cn', 3, 1200],
    ];
    expect(detectHeaderRow(rows, 'customers', NO_OVERRIDES)).toEqual({
      row: 3,
      usable: true,
      combined: ['客户编号', '姓名', '手机', '邮箱', '次数', '金额'],
    });
  });

  it('joins a group label to a name that alone is too vague (消费 + 金额 = 消费金额)', () => {
    const rows: Cell[][] = [
      ['姓名', '手机', '消费', ''],
      ['', '', '次数', '金额'],
      ['张伟', '13912345678', 3, 1200],
    ];
    expect(detectHeaderRow(rows, 'customers', NO_OVERRIDES).combined).toEqual([
      '姓名',
      '手机',
      '消费次数',
      '消费金额',
    ]);
  });

  it('reads a quantity over the units it is kept in (数量 over 斤 | 饼) as the quantity', () => {
    const rows: Cell[][] = [
      ['日期', '单号', '客户', '', '品名', '数量', '', '单价', '金额', '结算'],
      ['', '', '代码', '名称', '', '斤', '饼', '', '', ''],
      ['10/2', 'FH-1001', 'SM01', '鹭岛茶庄', '铁观音', 10, '', 220, '2,200', '月结'],
    ];
    expect(detectHeaderRow(rows, 'orders', NO_OVERRIDES)).toEqual({
      row: 2,
      usable: true,
      combined: ['日期', '单号', '客户代码', '客户名称', '品名', '数量', '饼', '单价', '金额', '结算'],
    });
  });

  it('keeps a one-row header when the row below is data', () => {
    expect(detectHeaderRow([HEADER, ROW, ROW], 'customers', NO_OVERRIDES)).toEqual({ row: 1, usable: true });
  });
});

describe('detectHeaderRow on a header written again below itself in another language', () => {
  const zh = ['序号', '客户名称', '国家', '联系人', '电话', 'WhatsApp', '邮箱', '状态'];
  const en = ['No.', 'Customer', 'Country', 'Contact', 'Tel', 'WhatsApp', 'Email', 'Status'];
  const data = [
    '1',
    'Brightway Gadgets Ltd',
    'UK',
    'Oliver Hughes',
    '+44 20 7946 0321',
    '',
    'o@b.co.uk',
    '合作中',
  ];

  it.each<[string, Cell[][], number]>([
    ['中文 over English', [['海外分销商名单'], zh, en, data], 3],
    ['English over 中文', [en, zh, data], 2],
    ['中文 over English, no title', [zh, en, data, data], 2],
  ])('takes both rows as the header, %s: data from the row below them', (_, rows, row) => {
    const found = detectHeaderRow(rows, 'customers', NO_OVERRIDES);
    expect(found.row).toBe(row);
    expect(found.usable).toBe(true);
    expect(found.combined?.[3]).toMatch(/^(?:联系人|Contact)$/);
  });

  it('takes English over Arabic as one header, the fields of a column kin (a name, a company)', () => {
    const customers: Cell[][] = [
      ['Customer Name', 'Name (Arabic)', 'Contact Person', 'Mobile / Tel', 'Email', 'Type', 'Notes'],
      [
        'اسم العميل',
        'الاسم بالعربي',
        'الشخص المسؤول',
        'الجوال / الهاتف',
        'البريد الإلكتروني',
        'النوع',
        'ملاحظات',
      ],
      ['Rajesh Menon', '', '', '052-345 6789', 'rajesh.menon@yahoo.com', 'Regular', 'Karama'],
    ];
    expect(detectHeaderRow(customers, 'customers', NO_OVERRIDES)).toMatchObject({ row: 2, usable: true });
    const orders: Cell[][] = [
      ['Date', 'Inv. No.', 'Customer', 'Item', 'Qty', 'Amount (AED)', 'Payment', 'Status', 'Remarks'],
      [
        'التاريخ',
        'رقم الفاتورة',
        'العميل',
        'الصنف',
        'الكمية',
        'المبلغ (درهم)',
        'طريقة الدفع',
        'الحالة',
        'ملاحظات',
      ],
      ['01/10/2026', 'INV-2610-001', 'Rajesh Menon', 'Attar 12 ml', 6, 'AED 540.00', 'Cash', 'Paid', ''],
    ];
    expect(detectHeaderRow(orders, 'orders', NO_OVERRIDES)).toMatchObject({ row: 2, usable: true });
  });

  it('keeps one row where the row below names columns of its own, not the same ones', () => {
    // A row under the header naming 邮箱 where the header has 手机 is no second header.
    const rows: Cell[][] = [
      ['姓名', '手机', '备注'],
      ['张伟', '邮箱', '城市'],
      ['李娜', '13912345678', ''],
    ];
    expect(detectHeaderRow(rows, 'customers', NO_OVERRIDES)).toEqual({ row: 1, usable: true });
  });
});

describe('a group label over a column of its own', () => {
  it('keeps the lower row’s name for the first column a group label spans (ग्राहक / Customer over Sr.)', () => {
    const rows = [
      ['ग्राहक / Customer', '', '', 'संपर्क / Contact', 'शेरा / Remarks'],
      ['Sr.', 'Name', 'Known as', 'Mobile / WhatsApp', ''],
      [1, 'Rohit Deshpande', 'Rohit (Hinjewadi)', '98220 14567', 'less oil'],
    ];
    expect(detectHeaderRow(rows, 'customers', NO_OVERRIDES).combined?.slice(0, 4)).toEqual([
      'Sr.',
      'Name',
      'Known as',
      'Mobile / WhatsApp',
    ]);
  });
});
