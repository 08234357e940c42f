import { describe, expect, it } from 'vitest';
import type { Cell } from '../model/table.ts';
import { JobError } from './JobError.ts';
import { jobProblemText } from './jobTexts.ts';
import { type LocateOptions, locateTables } from './locateTables.ts';
import type { SheetGrid } from './sheetGrid.ts';

const OPTIONS: LocateOptions = { headerOverrides: { customers: {}, orders: {}, complaints: {} } };
const sheet = (name: string, ...rows: Cell[][]): SheetGrid => ({ name, rows });

const CUSTOMERS = sheet('客户', ['客户编号', '姓名', '手机'], ['C001', '张伟', '13912345678']);
const ORDERS = sheet('订单', ['客户编号', '订单日期', '金额'], ['C001', '2026-01-02', 100]);
const COMPLAINTS = sheet(
  'Complaints',
  ['Customer ID', 'Status', 'Date opened'],
  ['C001', 'received', '2026-01-03'],
);
const README = sheet('说明', ['本表由销售部维护，请勿删除列。']);

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof JobError) return error.problem;
    throw error;
  }
  throw new Error('expected a JobError');
}

describe('locateTables', () => {
  it('finds customers, orders and complaints by header and name', () => {
    expect(locateTables([README, CUSTOMERS, ORDERS, COMPLAINTS], OPTIONS)).toEqual({
      customers: { sheet: '客户', headerRow: 1, usable: true },
      orders: { sheet: '订单', headerRow: 1, usable: true },
      complaints: { sheet: 'Complaints', headerRow: 1, usable: true },
      followUps: null,
    });
  });

  it('takes a report of sales under the customers’ headings for the orders, though its Name column names them', () => {
    // QuickBooks' Sales by Customer Detail: each customer on a heading line, then its transactions
    // with the customer again in Name; the contact list after it is the customer table.
    const report = sheet(
      'Sales by Customer Detail',
      ['Treasure Valley Office Supply & Print, LLC'],
      ['Sales by Customer Detail'],
      [],
      ['', 'Type', 'Date', 'Num', 'Memo/Description', 'Name', 'Qty', 'Amount', 'Balance'],
      ['Acme Dental Group'],
      ['', 'Invoice', '01/14/2026', '1041', 'Copy paper', 'Acme Dental Group', 4, 211.96, 211.96],
      ['Total for Acme Dental Group', '', '', '', '', '', 4, 211.96, ''],
    );
    const contacts = sheet(
      'Customer Contact List',
      ['Customer', 'Phone Numbers', 'Email', 'Full Name'],
      ['Acme Dental Group', 'Phone: (208) 555-0143', 'frontdesk@acmedentalgroup.com', 'Dr. Linda Park'],
    );
    const found = locateTables([report, contacts], OPTIONS);
    expect(found.customers).toEqual({ sheet: 'Customer Contact List', headerRow: 1, usable: true });
    expect(found.orders).toEqual({ sheet: 'Sales by Customer Detail', headerRow: 4, usable: true });
  });

  it('never takes a sheet of orders for the customers, whatever it is called', () => {
    const sales = sheet('Sheet1', ['客户编号', '订单日期', '金额'], ['C001', '2026-01-02', 100]);
    expect(locateTables([sales, CUSTOMERS], OPTIONS).customers.sheet).toBe('客户');
  });

  it('takes a shop export of orders, named as it was imported, for the orders and not the customers', () => {
    // Shopify's export: the buyer by Email, the order number in Name, the customer's Phone and
    // Id beside its date, total, status and refund.
    const shopOrders = sheet(
      'orders_export',
      ['Name', 'Email', 'Financial Status', 'Total', 'Created at', 'Refunded Amount', 'Id', 'Phone'],
      [
        '#1001',
        'emily@example.com',
        'paid',
        '118.40',
        '2024-03-05 10:22:31 -0800',
        '0.00',
        '5512345678901',
        '',
      ],
    );
    const shopCustomers = sheet(
      'customers_export',
      ['Customer ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Total Spent', 'Total Orders'],
      ['7012345678901', 'Emily', 'Chen', 'emily@example.com', '', '312.40', '3'],
    );
    const located = locateTables([shopOrders, shopCustomers], OPTIONS);
    expect(located.customers.sheet).toBe('customers_export');
    expect(located.orders).toEqual({ sheet: 'orders_export', headerRow: 1, usable: true });
    // A sheet named for the orders still wins, and a customer list is never taken for them.
    expect(locateTables([shopOrders, shopCustomers, ORDERS], OPTIONS).orders?.sheet).toBe('订单');
    expect(locateTables([CUSTOMERS, README], OPTIONS).orders).toBeNull();
  });

  it("never takes the toolkit's own sheets for the customers", () => {
    const followUps = sheet('跟进任务', ['到期日', '客户编号', '客户'], ['2026-01-01', 'C001', '张伟']);
    const backup = sheet('客户备份 2026-11-20', ...CUSTOMERS.rows);
    expect(locateTables([followUps, backup, CUSTOMERS], OPTIONS).customers.sheet).toBe('客户');
  });

  it('prefers the active sheet, then the chosen one over both', () => {
    const other = sheet('VIP', ['姓名', '邮箱'], ['Li', 'li@example.com']);
    expect(locateTables([CUSTOMERS, other], { ...OPTIONS, activeSheet: 'VIP' }).customers.sheet).toBe('VIP');
    const chosen = { ...OPTIONS, activeSheet: 'VIP', chosen: { customers: '客户' } };
    expect(locateTables([CUSTOMERS, other], chosen).customers.sheet).toBe('客户');
  });

  it('looks for the customers on visible sheets before hidden ones', () => {
    const staff: SheetGrid = {
      ...sheet('员工通讯录', ['姓名', '手机', '部门'], ['张三', '13800000001', '销售部']),
      hidden: true,
    };
    expect(locateTables([staff, CUSTOMERS], OPTIONS).customers.sheet).toBe('客户');
    // A customer table that is itself hidden is still found when no visible sheet holds one.
    expect(locateTables([README, { ...CUSTOMERS, hidden: true }], OPTIONS).customers.sheet).toBe('客户');
  });

  it('finds the header below title lines', () => {
    const ledger = sheet('台账', ['2026年华东区客户台账'], [], ...CUSTOMERS.rows);
    expect(locateTables([ledger], OPTIONS).customers).toEqual({ sheet: '台账', headerRow: 3, usable: true });
  });

  it('takes a header row the user gives', () => {
    const ledger = sheet('台账', ['2026年华东区客户台账'], [], ...CUSTOMERS.rows);
    expect(locateTables([ledger], { ...OPTIONS, headerRows: { customers: 3 } }).customers).toEqual({
      sheet: '台账',
      headerRow: 3,
      usable: true,
    });
    // A row the user gives that names no column is kept, and the job says what it lacks.
    expect(locateTables([ledger], { ...OPTIONS, headerRows: { customers: 1 } }).customers.usable).toBe(false);
  });

  it('uses a chosen orders sheet whatever its name', () => {
    const sales = sheet('orders.csv', ...ORDERS.rows);
    const location = locateTables([CUSTOMERS, sales], { ...OPTIONS, chosen: { orders: 'orders.csv' } });
    expect(location.orders).toEqual({ sheet: 'orders.csv', headerRow: 1, usable: true });
  });

  it('says which chosen sheet is missing, in either language', () => {
    const problem = problemOf(() =>
      locateTables([CUSTOMERS], { ...OPTIONS, chosen: { customers: 'Kunden' } }),
    );
    expect(problem).toEqual({ code: 'sheet-missing', role: 'customers', sheet: 'Kunden', sheets: ['客户'] });
    expect(jobProblemText(problem, 'zh')).toContain('找不到指定的客户表工作表“Kunden”');
    expect(jobProblemText(problem, 'en')).toContain('The customer table sheet "Kunden" does not exist');
  });

  it('lists the sheets it looked at when none holds customers', () => {
    const problem = problemOf(() => locateTables([README, sheet('Data', ['A', 'B'], [1, 2])], OPTIONS));
    expect(problem).toEqual({
      code: 'no-customer-sheet',
      looked: [
        { sheet: '说明', header: ['本表由销售部维护，请勿删除列。'] },
        { sheet: 'Data', header: ['A', 'B'] },
      ],
    });
    expect(jobProblemText(problem, 'zh')).toMatch(/^没有找到客户表/);
  });

  // A sheet of purchases whose buyer column goes by a name the toolkit does not know is not read,
  // and the job must say so: the customers are otherwise classified as if they bought nothing.
  const FEES = sheet(
    '收费明细',
    ['2026年合肥安达驾校收费明细'],
    ['日期', '收据号', '档案号', '收费项目', '金额'],
    ['2026/9/3', 'NO.0031', 'X-07', '学费（全款）', 3980],
  );
  it.each([
    ['a sheet of fees naming its buyer by an unknown header', [CUSTOMERS, FEES], ['收费明细']],
    [
      'an English sheet of payments under a title',
      [
        CUSTOMERS,
        sheet('Payments', ['FY26'], ['Date', 'Ref', 'Pupil', 'Amount'], ['2026-09-03', 'R1', 'X', 50]),
      ],
      ['Payments'],
    ],
    ['no sheet, when the orders are found', [CUSTOMERS, FEES, ORDERS], []],
    [
      'no sheet of dates without amounts',
      [CUSTOMERS, sheet('日程', ['日期', '事项'], ['2026-09-03', '拜访'])],
      [],
    ],
    ['no sheet of notes', [CUSTOMERS, README], []],
    ['no complaints sheet', [CUSTOMERS, sheet('投诉', ['日期', '赔偿金额'], ['2026-09-03', 50])], []],
  ] as const)('lists as passed over %s', (_, sheets, passed) => {
    const found = locateTables(sheets as readonly SheetGrid[], OPTIONS);
    expect((found.ordersPassedOver ?? []).map((p) => p.sheet)).toEqual(passed);
  });

  it('keeps the passed-over sheet’s header texts for the note', () => {
    expect(locateTables([CUSTOMERS, FEES], OPTIONS).ordersPassedOver).toEqual([
      { sheet: '收费明细', header: ['日期', '收据号', '档案号', '收费项目', '金额'] },
    ]);
  });

  it('returns the only candidate for a precise message when its header is not recognised', () => {
    expect(locateTables([sheet('Data', ['A', 'B'])], OPTIONS).customers).toEqual({
      sheet: 'Data',
      headerRow: 1,
      usable: false,
    });
  });
});

describe('locateTables with a two-row header', () => {
  it('locates the lower row and gives the combined header to the reader', () => {
    const ledger = sheet(
      '台账',
      ['客户编号', '姓名', '联系方式', ''],
      ['', '', '手机', '邮箱'],
      ['C001', '张伟', '13912345678', 'zw@x.cn'],
    );
    expect(locateTables([ledger], OPTIONS).customers).toEqual({
      sheet: '台账',
      headerRow: 2,
      usable: true,
      header: ['客户编号', '姓名', '手机', '邮箱'],
    });
  });
});

describe('locateTables, orders a user named after the toolkit’s sheet', () => {
  it('takes Orders & Payments for the orders: no sheet of the toolkit’s, which dates or numbers its own', () => {
    const orders = sheet(
      'Orders & Payments',
      ['Date', 'Bill No.', 'Customer', 'Details', 'Taxable Amt (₹)', 'Status'],
      ['01/10/2026', 'AN/26-27/101', 'Rohit Deshpande', 'Oct dabba', '₹3,600.00', 'Paid'],
    );
    const customers = sheet('Customers', ['Name', 'Mobile'], ['Rohit Deshpande', '98220 14567']);
    expect(locateTables([customers, orders], OPTIONS).orders?.sheet).toBe('Orders & Payments');
  });

  it('finds an orders sheet by its header drawn over two rows (Kupac over Šifra | Naziv)', () => {
    const book = sheet(
      'Izlazni računi',
      ['Datum', 'Broj', 'Kupac', '', 'Iznos', '', 'Plaćanje / status'],
      ['', '', 'Šifra', 'Naziv', 'Osnovica', 'PDV', ''],
      ['1. 9. 2026.', '176/1/1', 'K-101', 'Dalmacija Travel d.o.o.', '960,00 €', '240,00 €', 'virman'],
    );
    const customers = sheet(
      'Kupci',
      ['Šifra', 'Naziv / Ime i prezime', 'Telefon'],
      ['K-101', 'Dalmacija Travel d.o.o.', '021 342 558'],
    );
    expect(locateTables([customers, book], OPTIONS).orders).toMatchObject({
      sheet: 'Izlazni računi',
      headerRow: 2,
      header: ['Datum', 'Broj', 'Šifra', 'Naziv', 'Osnovica', 'PDV', 'Plaćanje / status'],
    });
  });
});
