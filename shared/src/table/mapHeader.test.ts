import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { COMPLAINT_FIELD_SYNONYMS, CUSTOMER_FIELD_SYNONYMS, ORDER_FIELD_SYNONYMS } from '../model/fields.ts';
import { HeaderNotRecognisedError } from './HeaderNotRecognisedError.ts';
import { mapHeader } from './mapHeader.ts';
import { normalizeHeader } from './normalizeHeader.ts';
import { mapOrderHeader, WEAK_ORDER_HEADERS } from './orderHeader.ts';
import { readComplaintsTable } from './readComplaintsTable.ts';
import { readCustomerTable } from './readCustomerTable.ts';
import { readOrdersTable } from './readOrdersTable.ts';

const config = resolveConfig();
const TODAY = '2026-03-01';

describe('normalizeHeader', () => {
  it.each([
    ['Total Spend (¥)', 'totalspend'],
    ['消费金额（元）', '消费金额'],
    ['  Customer_ID ', 'customerid'],
    ['E-mail:', 'email'],
    ['*姓名', '姓名'],
    ['【必填】手机号', '手机号'],
    ['ＥＭＡＩＬ', 'email'],
    ['\uFEFF客户编号', '客户编号'],
    ['邮箱：', '邮箱'],
    ['Customer No.', 'customerno'],
  ])('normalises %j to %j', (text, expected) => {
    expect(normalizeHeader(text)).toBe(expected);
  });
});

describe('mapHeader', () => {
  it('recognises Chinese and English headers alike', () => {
    const zh = mapHeader(['客户编号', '姓名', '手机', '邮箱', '消费金额'], CUSTOMER_FIELD_SYNONYMS);
    const en = mapHeader(['Customer ID', 'Name', 'Mobile', 'Email', 'Total spend'], CUSTOMER_FIELD_SYNONYMS);
    const expected = { id: 0, name: 1, mobile: 2, email: 3, totalSpend: 4 };
    expect(zh.columns).toEqual(expected);
    expect(en.columns).toEqual(expected);
    expect(zh.unknown).toEqual([]);
  });

  it('reads a header in the sheet’s own language and in English, split by a slash, by its own word first', () => {
    const m = mapHeader(
      ['Mã KH', 'Họ tên / Name', 'SĐT / Phone', 'Số đo (N-E-M)', 'Ghi chú / Notes'],
      CUSTOMER_FIELD_SYNONYMS,
    );
    expect(m.columns).toEqual({ id: 0, name: 1, phone: 2, note: 4 });
    // Two English words are two columns' names, not one's: nothing is read from Buyer/Seller.
    expect(mapHeader(['Buyer/Seller'], CUSTOMER_FIELD_SYNONYMS).columns).toEqual({});
  });

  it('ignores case, spaces, width, punctuation and units', () => {
    const m = mapHeader(
      [
        'CUSTOMER  id',
        'ｎａｍｅ',
        'e-mail',
        'Total Spend (¥)',
        '消费次数（次）',
        'last_purchase_date',
        '*手机号码',
      ],
      CUSTOMER_FIELD_SYNONYMS,
    );
    expect(m.columns).toEqual({
      id: 0,
      name: 1,
      email: 2,
      totalSpend: 3,
      orderCount: 4,
      lastPurchase: 5,
      mobile: 6,
    });
  });

  it('recognises the headers of shop and ERP exports', () => {
    // A shop system's member export (有赞, 微盟): the dates carry the time of day.
    const shop = [
      '客户',
      '手机号',
      '性别',
      '生日',
      '地区',
      '会员等级',
      '积分',
      '累计消费金额',
      '累计消费次数',
      '最近消费时间',
      '首次消费时间',
      '来源渠道',
    ];
    expect(mapHeader(shop, CUSTOMER_FIELD_SYNONYMS)).toMatchObject({
      columns: {
        name: 0,
        mobile: 1,
        gender: 2,
        birthday: 3,
        city: 4,
        totalSpend: 7,
        orderCount: 8,
        lastPurchase: 9,
        firstPurchase: 10,
        source: 11,
      },
      unknown: [5, 6],
    });
    // 金蝶 / 用友: the customer's code, and a sales document's total with tax.
    expect(
      mapHeader(['客户编码', '客户名称', '联系人', '手机'], CUSTOMER_FIELD_SYNONYMS).columns,
    ).toMatchObject({
      id: 0,
    });
    const erpOrders = ['单据日期', '单据编号', '客户编码', '客户名称', '价税合计'];
    expect(mapHeader(erpOrders, ORDER_FIELD_SYNONYMS).columns).toMatchObject({
      date: 0,
      customerId: 2,
      amount: 4,
    });
    const taobao = ['订单编号', '买家会员名', '买家实际支付金额', '订单状态', '订单创建时间'];
    expect(mapHeader(taobao, ORDER_FIELD_SYNONYMS).columns).toMatchObject({
      orderId: 0,
      amount: 2,
      status: 3,
      date: 4,
    });
  });

  it.each<[string, string[], Record<string, number>]>([
    [
      'Shopify',
      [
        'Name',
        'Email',
        'Financial Status',
        'Paid at',
        'Fulfillment Status',
        'Subtotal',
        'Total',
        'Created at',
        'Billing Phone',
        'Id',
        'Phone',
      ],
      { email: 1, status: 2, amount: 6, date: 7, phone: 8 },
    ],
    [
      'WooCommerce',
      ['Order Number', 'Order Status', 'Order Date', 'Billing Email', 'Billing Phone', 'Order Total'],
      { orderId: 0, status: 1, date: 2, email: 3, phone: 4, amount: 5 },
    ],
    [
      '淘宝',
      [
        '订单编号',
        '买家会员名',
        '总金额',
        '买家实际支付金额',
        '订单状态',
        '联系电话',
        '联系手机',
        '订单创建时间',
        '订单付款时间',
      ],
      { orderId: 0, buyerAccount: 1, amount: 3, status: 4, phone: 5, mobile: 6, date: 7 },
    ],
  ])('recognises the buyer, date, amount and status of a %s orders export', (_, header, columns) => {
    const mapped = mapHeader(header, ORDER_FIELD_SYNONYMS).columns;
    expect(mapped).toEqual(columns);
  });

  it.each([
    // 有赞 writes one column for a parcel delivered or collected.
    [['订单号', '下单时间', '订单实付金额', '收货人手机号/提货人手机号'], { mobile: 3 }],
    [['客户编号/Customer ID', '日期/Date', '金额／Amount'], { customerId: 0, date: 1, amount: 2 }],
    // Parts that name different fields name none.
    [['客户编号', '日期', '金额', '手机/邮箱'], {}],
  ])('reads a header naming its column two ways, split by a slash (%j)', (header, columns) => {
    const mapped = mapHeader(header, ORDER_FIELD_SYNONYMS).columns;
    expect(mapped).toMatchObject(columns);
    expect(mapped.email).toBeUndefined();
    if (!('mobile' in columns)) expect(mapped.mobile).toBeUndefined();
  });

  it.each([
    // 有赞: its 订单类型 (普通订单) stands before the 订单状态 that says whether the order went through.
    [['订单号', '订单类型', '订单状态', '下单时间', '订单实付金额', '买家昵称'], 2],
    [['Order Number', 'Type', 'Status', 'Date', 'Total'], 2],
    // A ledger whose only such column is its type (销售, 退货): the type is the status.
    [['日期', '客户编号', '订单类型', '金额'], 2],
    [['Date', 'Type', 'Customer ID', 'Amount'], 1],
  ])('takes a type column as the status only where no status column stands (%j)', (header, status) => {
    expect(mapHeader(header, ORDER_FIELD_SYNONYMS, {}, WEAK_ORDER_HEADERS).columns.status).toBe(status);
  });

  it.each<[string, string[], Record<string, number>]>([
    [
      "a 淘宝 seller's list: their own ids beside each buyer's 旺旺号",
      ['客户编号', '姓名', '手机', '旺旺号', '城市'],
      { id: 0, name: 1, mobile: 2, platformAccount: 3, city: 4 },
    ],
    [
      'a member list naming the nickname and the account apart',
      ['会员昵称', '淘宝账号', '累计消费金额'],
      { name: 0, platformAccount: 1, totalSpend: 2 },
    ],
    ['the export of a buyer list', ['买家会员名', '买家昵称', '手机号'], { platformAccount: 0, mobile: 2 }],
    [
      "an ERP's customer archive: the full 客户名称 beside its 客户简称 and the 联系人",
      ['客户编码', '客户名称', '客户简称', '联系人', '手机'],
      { id: 0, company: 1, shortName: 2, name: 3, mobile: 4 },
    ],
    [
      "Zoho Books' contacts: the Display Name its invoices print, EmailID",
      ['Display Name', 'Company Name', 'First Name', 'Last Name', 'EmailID', 'Phone'],
      { name: 0, company: 1, email: 4, phone: 5 },
    ],
    ['a 抖店 seller', ['抖音号', '客户姓名', '订单数'], { platformAccount: 0, name: 1, orderCount: 2 }],
    [
      "a wholesaler's book of the shops it sells to: the shop and its owner",
      ['序号', '店名', '老板', '电话', '目前欠款'],
      { company: 1, name: 2, phone: 3 },
    ],
    ['a 拼多多 seller', ['拼多多账号', '联系人', '电话'], { platformAccount: 0, name: 1, phone: 2 }],
    [
      'traditional characters and Taiwan’s 帳號',
      ['客戶編號', '旺旺號', '淘寶帳號', '買家會員名'],
      { id: 0, platformAccount: 1 },
    ],
    [
      'English',
      ['Customer ID', 'Name', 'Buyer Username', 'Email', 'Account'],
      { id: 0, name: 1, platformAccount: 2, email: 3, company: 4 },
    ],
    ['a header of both languages', ['平台账号 Platform account', '姓名'], { platformAccount: 0, name: 1 }],
  ])('maps the buyer’s platform account in %s', (_, header, columns) => {
    expect(mapHeader(header, CUSTOMER_FIELD_SYNONYMS).columns).toEqual(columns);
  });

  it.each<[string, string[], Record<string, number>]>([
    [
      "a Malaysian accounting package's customer listing: Cust. Code, Tel and H/P",
      ['No.', 'Cust. Code', 'Customer Name', 'Attn', 'Tel', 'H/P', 'Email', 'Terms', 'Remarks'],
      { id: 1, name: 2, phone: 4, mobile: 5, email: 6, note: 8 },
    ],
    [
      "a shared sheet's headers decorated with emoji",
      ['👤 Name', '📧 Email', '📱 Phone', '📍 Postcode', '✉️ Newsletter', '⭐ Regular', '⚠️ Allergies / notes'],
      { name: 0, email: 1, phone: 2 },
    ],
    ['Debtor Code and Handphone', ['Debtor Code', 'Company', 'Handphone'], { id: 0, company: 1, mobile: 2 }],
    [
      "a salesperson's WeChat list: the name, the nickname and the WeChat id",
      ['姓名', '微信昵称', '微信号', '手机'],
      { name: 0, nickname: 1, wechat: 2, mobile: 3 },
    ],
    [
      "a Nairobi agrovet's customers by Acc. No., beside what they are known as",
      ['Acc. No.', 'Customer Name (Jina)', 'Known as', 'Phone (Simu)', 'KRA PIN', 'Remarks (Maelezo)'],
      { id: 0, name: 1, nickname: 2, phone: 3, note: 5 },
    ],
    [
      "a seafood wholesaler's 客户全称 beside its 简称 and the 联系人: the company",
      ['编号', '客户全称', '简称', '联系人', '电话', '地址', '结算', '备注'],
      { id: 0, company: 1, shortName: 2, name: 3, phone: 4, address: 5, note: 7 },
    ],
    [
      "a Bratislava installer's zákazníci, the lower row of its two-row header",
      [
        'Č. zák.',
        'Meno / Obchodné meno',
        'IČO',
        'DIČ',
        'IČ DPH',
        'Telefón',
        'E-mail',
        'Adresa (miesto montáže)',
      ],
      { id: 0, name: 1, phone: 5, email: 6, address: 7 },
    ],
    [
      "an İzmir wholesaler's müşteriler: the firm's title beside its Yetkili",
      [
        'Cari Kod',
        'Müşteri / Ünvan',
        'Yetkili',
        'Telefon',
        'Adres',
        'Vergi Dairesi',
        'Vergi No / TCKN',
        'Not',
      ],
      { id: 0, company: 1, name: 2, phone: 3, address: 4, note: 7 },
    ],
    ['a Turkish list of titles alone', ['Cari Kod', 'Cari Ünvanı', 'Telefon'], { id: 0, name: 1, phone: 2 }],
    [
      "a Debrecen wholesaler's vevők: the buyer's name beside its Kapcsolattartó",
      ['Vevő neve', 'Kapcsolattartó', 'Cím', 'Telefon', 'Adószám', 'Fizetési mód', 'Megjegyzés'],
      { company: 0, name: 1, address: 2, phone: 3, note: 6 },
    ],
    ['a Hungarian list of buyers alone', ['Vevő neve', 'Cím', 'Telefon'], { name: 0, address: 1, phone: 2 }],
  ])('maps %s', (_, header, columns) => {
    expect(mapHeader(header, CUSTOMER_FIELD_SYNONYMS).columns).toEqual(columns);
  });

  it.each<[string, string[], Record<string, number>]>([
    [
      'a Malaysian sales ledger by Cust. Code',
      ['Date', 'Inv No.', 'Cust. Code', 'Customer Name', 'Particulars', 'Amount (RM)', 'Status'],
      { date: 0, orderId: 1, customerId: 2, customerName: 3, product: 4, amount: 5, status: 6 },
    ],
    [
      "a Nairobi agrovet's sales by Acc. No., the customer beside it",
      [
        'Date',
        'Doc No.',
        'Acc. No.',
        'Customer (Mteja)',
        'Item(s) (Bidhaa)',
        'Qty',
        'Amount (KSh)',
        'Paid via',
        'Status',
      ],
      { date: 0, customerId: 2, customerName: 3, product: 4, quantity: 5, amount: 6, payment: 7, status: 8 },
    ],
    [
      "a Bratislava installer's doklady: Základ dane the turnover, Druh a weak status beside Úhrada / stav",
      [
        'Dátum',
        'Doklad č.',
        'Druh',
        'Č. zák.',
        'Zákazník',
        'Predmet',
        'Základ dane',
        'DPH 23 %',
        'Spolu s DPH',
        'Úhrada / stav',
        'Pozn.',
      ],
      { date: 0, orderId: 1, customerId: 3, customerName: 4, product: 5, amount: 6, status: 9, remarks: 10 },
    ],
    [
      "a Foshan tile dealer's 销售单: 品名 / 规格, and how each was paid or that it was none (收款 / 状态)",
      [
        '日期',
        '单号',
        '编号',
        '客户',
        '工地',
        '品名 / 规格',
        '单位',
        '数量',
        '单价',
        '金额（元）',
        '收款 / 状态',
        '备注',
      ],
      {
        date: 0,
        orderId: 1,
        customerId: 2,
        customerName: 3,
        product: 5,
        quantity: 7,
        unitPrice: 8,
        amount: 9,
        payment: 10,
        remarks: 11,
      },
    ],
    [
      "a shared sheet's orders under emoji",
      ['📅 Date', '#', '👤 Customer', '🍰 Order', '💷 Amount', '✅ Paid', '🚚 Status'],
      { date: 0, customerId: 2, amount: 4, status: 6 },
    ],
  ])('maps the orders of %s', (_, header, columns) => {
    // As the orders reader maps them: a Paid column is the status only where no other column is.
    expect(mapOrderHeader(header).columns).toEqual(columns);
  });

  it("recognises Hong Kong and Taiwan headers: traditional characters, and those places' own words", () => {
    const hk = [
      '客戶編號',
      '公司名稱',
      '聯絡人',
      '手提電話',
      '電郵',
      '地址',
      '負責人',
      '最近聯絡日期',
      '傳真',
    ];
    expect(mapHeader(hk, CUSTOMER_FIELD_SYNONYMS).columns).toEqual({
      id: 0,
      company: 1,
      name: 2,
      mobile: 3,
      email: 4,
      address: 5,
      owner: 6,
      lastContact: 7,
    });
    const tw = [
      '客戶代碼',
      '客戶名稱',
      '職稱',
      '行動電話',
      '市話',
      '電子信箱',
      '聯絡地址',
      '業務員',
      '消費總額',
    ];
    expect(mapHeader(tw, CUSTOMER_FIELD_SYNONYMS).columns).toEqual({
      id: 0,
      name: 1,
      title: 2,
      mobile: 3,
      phone: 4,
      email: 5,
      address: 6,
      owner: 7,
      totalSpend: 8,
    });
    expect(
      mapHeader(['訂單編號', '客戶編號', '訂單日期', '實付金額', '訂單狀態'], ORDER_FIELD_SYNONYMS).columns,
    ).toEqual({
      orderId: 0,
      customerId: 1,
      date: 2,
      amount: 3,
      status: 4,
    });
  });

  it('recognises headers written in both languages by either half', () => {
    const header = [
      'Code 編號',
      'Company 公司',
      'Contact 聯絡人',
      '電話 / Tel',
      'Mobile 手提',
      '電郵(Email)',
      'Email地址',
    ];
    const m = mapHeader(header, CUSTOMER_FIELD_SYNONYMS);
    expect(m.columns).toEqual({ id: 0, company: 1, name: 2, phone: 3, mobile: 4, email: 5 });
    // A word run together with another is one word, not two halves.
    expect(m.unknown).toEqual([6]);
    expect(
      mapHeader(
        ['Date 日期', 'Customer Code 客戶編號', 'Amount 金額 (HK$)', 'Status 狀態'],
        ORDER_FIELD_SYNONYMS,
      ).columns,
    ).toEqual({ date: 0, customerId: 1, amount: 2, status: 3 });
    // Halves naming different fields: the Chinese half's first, the other if it is taken.
    expect(mapHeader(['Customer 客戶編號', 'ID'], CUSTOMER_FIELD_SYNONYMS).columns).toEqual({
      id: 1,
      name: 0,
    });
  });

  it('reads a numbered header as its word, the first of a kind taking the field', () => {
    const m = mapHeader(
      ['客戶代號', '電話一', '電話二', 'Phone 3', 'Email 2', '地址1'],
      CUSTOMER_FIELD_SYNONYMS,
    );
    expect(m.columns).toEqual({ id: 0, phone: 1, email: 4, address: 5 });
    expect(m.unknown).toEqual([2, 3]);
    // A number that is part of the word is no numbering.
    expect(mapHeader(['Top 10', 'Q1'], CUSTOMER_FIELD_SYNONYMS).columns).toEqual({});
  });

  it('keeps unknown columns, in order, and the header as written', () => {
    const header = ['会员等级', '姓名', 'Favourite colour', '邮箱', '', '备用字段'];
    const m = mapHeader(header, CUSTOMER_FIELD_SYNONYMS);
    expect(m.columns).toEqual({ name: 1, email: 3 });
    expect(m.unknown).toEqual([0, 2, 4, 5]);
    expect(m.header).toEqual(header);
  });

  it('lets the first column win when two map to the same field', () => {
    const m = mapHeader(['手机', '姓名', '手机号', 'Mobile'], CUSTOMER_FIELD_SYNONYMS);
    expect(m.columns.mobile).toBe(0);
    expect(m.unknown).toEqual([2, 3]);
  });

  it('applies overrides before synonyms, compared the same forgiving way', () => {
    const m = mapHeader(['Name', 'Kunde', 'Telefon', 'Remarks'], CUSTOMER_FIELD_SYNONYMS, {
      KUNDE: 'name',
      telefon: 'mobile',
      Remarks: 'tags',
    });
    expect(m.columns).toEqual({ name: 1, mobile: 2, tags: 3 });
    expect(m.unknown).toEqual([0]);
  });

  it('maps order and complaint headers with their own synonyms', () => {
    expect(
      mapHeader(['订单号', '客户ID', '下单日期', '实付金额（元）'], ORDER_FIELD_SYNONYMS).columns,
    ).toEqual({
      orderId: 0,
      customerId: 1,
      date: 2,
      amount: 3,
    });
    expect(mapHeader(['Customer ID', 'Status', 'Date Opened'], COMPLAINT_FIELD_SYNONYMS).columns).toEqual({
      customerId: 0,
      stage: 1,
      openedDate: 2,
    });
  });
});

describe('HeaderNotRecognisedError', () => {
  function thrown(fn: () => unknown): HeaderNotRecognisedError {
    try {
      fn();
    } catch (error) {
      if (error instanceof HeaderNotRecognisedError) return error;
      throw error;
    }
    throw new Error('expected a HeaderNotRecognisedError');
  }

  it('lists what was found and the expected names for a customer table', () => {
    const error = thrown(() => readCustomerTable({ header: ['A', 'B', '金额'], rows: [] }, config, TODAY));
    expect(error.table).toBe('customers');
    expect(error.found).toEqual(['A', 'B', '金额']);
    expect(error.message).toMatchInlineSnapshot(
      `"No recognisable column in the customers table: it needs at least one of id, name, company, mobile, phone or email. Found: "A", "B", "金额". Expected: 客户编号/Customer ID, 姓名/Name, 公司/Company, 手机/Mobile, 电话/Phone, 邮箱/Email (headers are matched ignoring case, spaces and width; other names can be set in the configuration under headerOverrides.customers)."`,
    );
  });

  it('says so when there is no header at all', () => {
    const error = thrown(() => readCustomerTable({ header: [], rows: [] }, config, TODAY));
    expect(error.message).toContain('Found: (no header).');
  });

  it('names the missing order columns', () => {
    const error = thrown(() =>
      readOrdersTable({ header: ['客户编号', '日期', '备注'], rows: [] }, config, TODAY),
    );
    expect(error.message).toMatchInlineSnapshot(
      `"The orders table has no column for: 金额/Amount. Found: "客户编号", "日期", "备注". Expected: 客户编号/Customer ID, 日期/Date, 金额/Amount (headers are matched ignoring case, spaces and width; other names can be set in the configuration under headerOverrides.orders)."`,
    );
  });

  it('names the missing complaint columns', () => {
    const error = thrown(() =>
      readComplaintsTable({ header: ['Customer ID', 'Note'], rows: [] }, [], config, TODAY),
    );
    expect(error.message).toMatchInlineSnapshot(
      `"The complaints table has no column for: 投诉状态/Stage or 投诉日期/Opened. Found: "Customer ID", "Note". Expected: 客户编号/Customer ID, 投诉状态/Stage, 投诉日期/Opened (headers are matched ignoring case, spaces and width; other names can be set in the configuration under headerOverrides.complaints)."`,
    );
  });

  it('is an Error with its own name', () => {
    const error = new HeaderNotRecognisedError('customers', ['x'], ['姓名/Name']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('HeaderNotRecognisedError');
  });
});

describe('mapHeader with words that name two fields', () => {
  it.each<[string, string[], Record<string, number>]>([
    ['a table of people', ['客户编号', '客户名称', '手机'], { id: 0, name: 1, mobile: 2 }],
    [
      'a B2B export with a contact column',
      ['客户名称', '联系人', '手机'],
      { company: 0, name: 1, mobile: 2 },
    ],
    ['the contact column first', ['联系人', '客户名称'], { name: 0, company: 1 }],
    ['a company column beside it', ['客户名称', '公司'], { name: 0, company: 1 }],
    [
      'English: Customer beside Contact Name',
      ['Customer', 'Contact Name', 'Email'],
      { company: 0, name: 1, email: 2 },
    ],
    ['客户 beside 公司', ['编号', '客户', '公司'], { id: 0, name: 1, company: 2 }],
  ])('%s', (_name, header, columns) => {
    expect(mapHeader(header, CUSTOMER_FIELD_SYNONYMS).columns).toEqual(columns);
  });

  it('leaves a word unknown when every field it names is taken', () => {
    const mapping = mapHeader(['姓名', '公司', '客户名称'], CUSTOMER_FIELD_SYNONYMS);
    expect(mapping.columns).toEqual({ name: 0, company: 1 });
    expect(mapping.unknown).toEqual([2]);
  });
});

// Customer lists and sales books as shops head them in German, Spanish, Portuguese, French,
// Indonesian, Italian, Thai, Polish and Turkish (model/headersAbroad.ts): each column read as its
// field.
describe('headers in the other languages ledgers are kept in', () => {
  it.each<[string, string[], Record<string, number>]>([
    [
      'a German Kundenliste',
      ['Kd.-Nr.', 'Name / Firma', 'Straße', 'PLZ', 'Ort', 'Telefon', 'E-Mail', 'Bemerkung'],
      { id: 0, name: 1, address: 2, city: 4, phone: 5, email: 6, note: 7 },
    ],
    [
      'a Flemish klantenbestand exported from WinBooks',
      ['Klantcode', 'Naam / firma', 'Contactpersoon', 'Tel. / gsm', 'E-mail', 'Btw-nr.', 'Adres', 'Gemeente'],
      { id: 0, name: 1, phone: 3, email: 4, address: 6, city: 7 },
    ],
    [
      'a Greek dry cleaner’s πελάτες: the business or the person, and whom to ask for there',
      ['Επωνυμία / Ονοματεπώνυμο', 'Υπεύθυνος', 'Τηλέφωνο', 'ΑΦΜ', 'Διεύθυνση', 'Πληρωμή', 'Παρατηρήσεις'],
      { company: 0, name: 1, phone: 2, address: 4, note: 6 },
    ],
    [
      'a Malaysian wholesaler’s senarai pelanggan: the shop and its owner',
      ['Kod', 'Nama Kedai', 'Pemilik', 'No. Tel', 'Alamat', 'Kawasan', 'Terma', 'Catatan'],
      { id: 0, company: 1, name: 2, phone: 3, address: 4, city: 5, note: 7 },
    ],
    [
      'a Budapest agency’s ügyféllista: the firm or the person, and whom to ask for there',
      [
        'Ügyfélkód',
        'Név / Cégnév',
        'Kapcsolattartó',
        'Telefon',
        'E-mail',
        'Adószám',
        'Fizetési mód',
        'Megjegyzés',
      ],
      { id: 0, company: 1, name: 2, phone: 3, email: 4, note: 7 },
    ],
    [
      'a Tampere firm’s asiakasrekisteri: the firm or the person, the contact beside',
      ['Asiakasnro', 'Nimi', 'Yhteyshenkilö', 'Puhelin', 'Sähköposti', 'Y-tunnus', 'Osoite', 'Lisätiedot'],
      { id: 0, name: 1, phone: 3, email: 4, address: 6, note: 7 },
    ],
    [
      'an Almaty supplier’s client list in Russian',
      [
        'Код клиента',
        'Наименование',
        'БИН / ИИН',
        'Контактное лицо',
        'Телефон',
        'E-mail',
        'Адрес доставки',
        'Примечание',
      ],
      { id: 0, name: 1, phone: 4, email: 5, address: 6, note: 7 },
    ],
    [
      'a Shenyang hardware shop’s credit book: firms and people in one column, the contact beside',
      ['编号', '单位名称/姓名', '联系人', '电话', '地址', '赊欠额度', '备注'],
      { id: 0, company: 1, name: 2, phone: 3, address: 4, note: 6 },
    ],
    [
      'a Quezon City distributor’s suki list: the store, its owner and what the family calls them',
      ['Tindahan / Store', 'May-ari (Owner)', 'Tawag namin', 'Cellphone', 'Address', 'Terms', 'Notes'],
      { company: 0, name: 1, nickname: 2, mobile: 3, address: 4, note: 6 },
    ],
    [
      'a Ljubljana shop’s seznam strank: the firm or the person, the contact beside',
      [
        'Šifra',
        'Naziv / Ime in priimek',
        'Kontaktna oseba',
        'Telefon',
        'E-pošta',
        'Davčna številka',
        'Naslov',
        'Plačilo',
        'Opombe',
      ],
      { id: 0, company: 1, name: 2, phone: 3, email: 4, address: 6, note: 8 },
    ],
    [
      'a Bergen plumber’s kundeliste: the firm or the household, the contact beside',
      ['Kundenr.', 'Navn', 'Kontaktperson', 'Telefon', 'E-post', 'Org.nr.', 'Adresse', 'Betaling', 'Merknad'],
      { id: 0, company: 1, name: 2, phone: 3, email: 4, address: 6, note: 8 },
    ],
    [
      'a Bergen plumber’s list without a contact column: Navn the name',
      ['Kundenr.', 'Navn', 'Telefon', 'E-post'],
      { id: 0, name: 1, phone: 2, email: 3 },
    ],
    [
      'a Bucharest service’s listă clienți, its two-row header read as one',
      [
        'Cod client',
        'Denumire / Nume',
        'CUI / CNP',
        'Persoană de contact',
        'Telefon',
        'E-mail',
        'Adresă',
        'Observații',
      ],
      { id: 0, company: 1, name: 3, phone: 4, email: 5, address: 6, note: 7 },
    ],
    [
      'a Lima supplier’s cartera de clientes by Cód.',
      [
        'Cód.',
        'Cliente / Razón social',
        'Contacto',
        'Celular / Teléfono',
        'Documento',
        '',
        'Dirección',
        'Observaciones',
      ],
      { id: 0, company: 1, name: 2, phone: 3, address: 6, note: 7 },
    ],
    [
      'a Swedish salon’s kundregister',
      ['Kundnr', 'Namn', 'Mobil', 'E-post', 'Födelsedag', 'Frisör', 'Anteckningar'],
      { id: 0, name: 1, mobile: 2, email: 3, birthday: 4, note: 6 },
    ],
    [
      'a Vietnamese shop’s regulars in Taiwan, in both languages',
      ['STT', 'Tên khách 客人', 'Zalo / FB / LINE', 'SĐT 電話', 'Ở 住', 'Ghi chú 備註'],
      { name: 1, nickname: 2, phone: 3, address: 4, note: 5 },
    ],
    [
      'a Mexican cartera de clientes',
      ['Clave', 'Cliente / Razón social', 'Contacto', 'Teléfono', 'Correo', 'Notas'],
      { id: 0, company: 1, name: 2, phone: 3, email: 4, note: 5 },
    ],
    [
      'a Brazilian planilha',
      ['Código', 'Nome', 'Celular', 'Aniversário'],
      { id: 0, name: 1, mobile: 2, birthday: 3 },
    ],
    [
      'a French fichier clients',
      ['N° client', 'Nom', 'Société', 'Téléphone', 'Ville'],
      { id: 0, name: 1, company: 2, phone: 3, city: 4 },
    ],
    [
      'an Indonesian daftar pelanggan',
      ['No', 'Nama', 'Panggilan', 'No. WA', 'Alamat', 'Catatan'],
      { name: 1, nickname: 2, mobile: 3, address: 4, note: 5 },
    ],
    [
      'an Italian anagrafica',
      ['Codice cliente', 'Ragione sociale', 'Cellulare', 'Città'],
      { id: 0, company: 1, mobile: 2, city: 3 },
    ],
    [
      'a Thai list with the English beside',
      ['ลำดับ', 'ชื่อ-นามสกุล / Name', 'ชื่อเล่น / Nickname', 'โทร / Phone'],
      { name: 1, nickname: 2, mobile: 3 },
    ],
    [
      'a Polish lista klientów',
      [
        'Lp.',
        'Nazwa / Imię i nazwisko',
        'NIP',
        'Telefon',
        'Miejscowość',
        'Rabat',
        'Forma płatności',
        'Uwagi',
      ],
      { name: 1, phone: 3, city: 4, note: 7 },
    ],
    [
      "a Turkish cari hesap listesi, the Yetkili beside the firm's title",
      [
        'Cari Kodu',
        'Cari Ünvanı',
        'Yetkili',
        'Telefon',
        'İl / Ülke',
        'Vergi Dairesi / No',
        'Bakiye (TL)',
        'Not',
      ],
      { id: 0, company: 1, name: 2, phone: 3, city: 4, note: 7 },
    ],
    [
      'a Brazilian practice’s patients by their file',
      ['Pront.', 'Nome', 'CPF', 'WhatsApp', 'E-mail', 'Data nasc.', 'Como conheceu', 'Obs.'],
      { id: 0, name: 1, mobile: 3, email: 4, birthday: 5, source: 6, note: 7 },
    ],
    [
      'a Dutch klantenbestand, the contact person beside the firm',
      ['Naam', 'Contactpersoon', 'Telefoon', 'E-mail', 'Adres', 'Postcode', 'Woonplaats', 'Opmerkingen'],
      { name: 0, phone: 2, email: 3, address: 4, city: 6, note: 7 },
    ],
    [
      'a Czech practice’s kartotéka by the client’s card',
      ['Č. karty', 'Příjmení a jméno', 'Telefon', 'E-mail', 'Datum nar.', 'Obtíže / služba', 'Poznámka'],
      { id: 0, name: 1, phone: 2, email: 3, birthday: 4, note: 6 },
    ],
    [
      'a Latvian pircēju saraksts, the Kontaktpersona beside the buying firm, a Nr. before its Kods',
      [
        'Nr.',
        'Kods',
        'Pircējs',
        'Kontaktpersona',
        'Tālrunis',
        'Adrese',
        'Reģ. Nr. / personas kods',
        'PVN reģ. Nr.',
        'Apmaksa',
        'Kredītlimits',
        'Piezīmes',
      ],
      { id: 1, company: 2, name: 3, phone: 4, address: 5, note: 10 },
    ],
  ])('%s', (_, header, columns) => {
    expect(mapHeader(header, CUSTOMER_FIELD_SYNONYMS).columns).toEqual(columns);
  });

  it.each<[string, string[], Record<string, number>]>([
    [
      'a Czech kniha tržeb',
      ['Datum', 'Doklad', 'Č. karty', 'Klient', 'Služba', 'Částka', 'Platba', 'Stav', 'Poznámka'],
      {
        date: 0,
        orderId: 1,
        customerId: 2,
        customerName: 3,
        product: 4,
        amount: 5,
        payment: 6,
        status: 7,
        remarks: 8,
      },
    ],
    [
      'a German Rechnungsausgangsbuch, the amount before tax',
      [
        'Re.-Nr.',
        'Datum',
        'Kd.-Nr.',
        'Kunde',
        'Leistung / Objekt',
        'Netto',
        'MwSt. 19 %',
        'Brutto',
        'Bemerkung',
      ],
      { orderId: 0, date: 1, customerId: 2, customerName: 3, product: 4, amount: 5, remarks: 8 },
    ],
    [
      'a Mexican control de pedidos',
      [
        'Fecha',
        'Folio',
        'Clave',
        'Cliente',
        'Trabajo',
        'Subtotal',
        'IVA 16%',
        'Total',
        'Estatus',
        'Observaciones',
      ],
      { date: 0, orderId: 1, customerId: 2, customerName: 3, product: 4, amount: 5, status: 8, remarks: 9 },
    ],
    [
      'an Indonesian rekap order',
      ['Tgl Acara', 'Pelanggan', 'Pesanan', 'Jml', 'Harga', 'Total', 'Status', 'Ket.'],
      { date: 0, customerName: 1, product: 2, quantity: 3, unitPrice: 4, amount: 5, status: 6, remarks: 7 },
    ],
    [
      'a Thai daily takings book',
      ['วันที่', 'ลูกค้า / Customer', 'บริการ / Service', 'ราคา (บาท)', 'ทิป', 'ชำระโดย', 'สถานะ', 'หมายเหตุ'],
      { date: 0, customerName: 1, product: 2, amount: 3, payment: 5, status: 6, remarks: 7 },
    ],
    [
      'a Polish rejestr sprzedaży, the amount net of VAT',
      [
        'Data',
        'Nr dokumentu',
        'Nabywca',
        'NIP nabywcy',
        'Towar / usługa',
        'Netto',
        'VAT 23%',
        'Brutto',
        'Płatność',
        'Status',
        'Uwagi',
      ],
      { date: 0, orderId: 1, customerName: 2, product: 4, amount: 5, payment: 8, status: 9, remarks: 10 },
    ],
    [
      'Turkish satışlar, the amount before KDV',
      [
        'Tarih',
        'Belge No',
        'Cari Kodu',
        'Cari Ünvanı',
        'Açıklama',
        'Döviz',
        'Matrah (TL)',
        'KDV %20',
        'Toplam (TL)',
        'Durum',
        'Not',
      ],
      { date: 0, orderId: 1, customerId: 2, customerName: 3, product: 4, amount: 6, status: 9, remarks: 10 },
    ],
    [
      'a Dutch verkoopboek, the amount before BTW',
      [
        'Datum',
        'Bon/factuurnr.',
        'Klant',
        'Omschrijving',
        'Excl. BTW',
        'BTW 21%',
        'Incl. BTW',
        'Betaling',
        'Status',
        'Opmerking',
      ],
      { date: 0, orderId: 1, customerName: 2, product: 3, amount: 4, payment: 7, status: 8, remarks: 9 },
    ],
    [
      'a Latvian book of rēķini, the amount before PVN, Dokumenta veids a weak status beside Statuss',
      [
        'Datums',
        'Dokumenta Nr.',
        'Dokumenta veids',
        'Kods',
        'Nosaukums',
        'Preces / apraksts',
        'bez PVN',
        'PVN 21 %',
        'ar PVN',
        'Apmaksa',
        'Statuss',
        'Piezīmes',
      ],
      {
        date: 0,
        orderId: 1,
        customerId: 3,
        customerName: 4,
        product: 5,
        amount: 6,
        payment: 9,
        status: 10,
        remarks: 11,
      },
    ],
    [
      'a Latvian book without a Statuss: Dokumenta veids says which document was written',
      [
        'Datums',
        'Dokumenta Nr.',
        'Dokumenta veids',
        'Pircējs',
        'Preces / apraksts',
        'Summa bez PVN',
        'Apmaksa',
        'Piezīmes',
      ],
      { date: 0, orderId: 1, status: 2, customerName: 3, product: 4, amount: 5, payment: 6, remarks: 7 },
    ],
    [
      'a Serbian knjiga izlaznih faktura, Vrsta dokumenta a weak status beside Status',
      [
        'Datum',
        'Broj dokumenta',
        'Vrsta dokumenta',
        'Šifra',
        'Kupac',
        'Roba / opis',
        'Iznos bez PDV-a',
        'PDV %',
        'PDV',
        'Ukupno sa PDV-om',
        'Plaćanje',
        'Status',
        'Napomena',
      ],
      {
        date: 0,
        orderId: 1,
        customerId: 3,
        customerName: 4,
        product: 5,
        amount: 6,
        payment: 10,
        status: 11,
        remarks: 12,
      },
    ],
  ])('%s', (_, header, columns) => {
    const mapped = mapOrderHeader(header).columns;
    for (const [field, column] of Object.entries(columns))
      expect([field, mapped[field as keyof typeof mapped]]).toEqual([field, column]);
  });
});
