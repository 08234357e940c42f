import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/config.ts';
import { mapCustomerHeader } from './nameParts.ts';
import {
  type CustomerKeys,
  customerKeysOf,
  joinKindOf,
  mapOrderHeader,
  orderBuyerField,
} from './orderHeader.ts';

const config = resolveConfig();

/** What the orders' buyer column of `orders` is compared with, beside a customer table headed `customers`. */
function joinOf(customers: string[], orders: string[]) {
  const keys = customerKeysOf(mapCustomerHeader(customers, config.headerOverrides.customers).columns);
  const field = orderBuyerField(mapOrderHeader(orders).columns, { accounts: keys.accounts });
  return field === undefined ? undefined : joinKindOf(field, keys);
}

describe('what an orders buyer column is compared with', () => {
  it.each<[string, string[], string[], ReturnType<typeof joinOf>]>([
    ['ids with ids', ['客户编号', '姓名'], ['客户编号', '日期', '金额'], 'customerId'],
    [
      "QuickBooks' Customer beside a customer list without ids: its names",
      ['Customer', 'Email', 'Phone'],
      ['Customer', 'Date', 'Amount'],
      'name',
    ],
    [
      '客户编码 beside a list of companies without ids: their names',
      ['客户名称', '联系人'],
      ['客户编码', '日期', '金额'],
      'name',
    ],
    [
      'ids beside a list of phones only: still ids (nothing else to compare)',
      ['手机', '城市'],
      ['客户编号', '日期', '金额'],
      'customerId',
    ],
    ['names with names', ['客户名称', '联系人'], ['日期', '购货单位', '金额'], 'name'],
    ['a platform account beside 旺旺号', ['客户编号', '旺旺号'], ['买家会员名', '日期', '金额'], 'account'],
    ['an email, ids or not', ['姓名', '邮箱'], ['Email', 'Date', 'Total'], 'email'],
  ])('%s', (_, customers, orders, kind) => {
    expect(joinOf(customers, orders)).toBe(kind);
  });

  it('compares ids with ids wherever the customer table has them', () => {
    const keys: CustomerKeys = { accounts: false, ids: true, names: true };
    expect(joinKindOf('customerId', keys)).toBe('customerId');
    expect(joinKindOf('customerId', { ...keys, ids: false })).toBe('name');
    expect(joinKindOf('customerId', { ...keys, ids: false, names: false })).toBe('customerId');
  });
});

describe('mapOrderHeader', () => {
  it.each<[string, string[], number]>([
    [
      'invoices in their own currencies, converted into the business’s own',
      ['Invoice', 'Date', 'Client', 'Amount', 'Currency', 'Exchange rate', 'Amount in GBP', 'Status'],
      6,
    ],
    ['金额 and 币种, 金额（人民币）', ['日期', '客户', '金额', '币种', '汇率', '金额（人民币）'], 5],
    ['本币金额 beside 币别', ['日期', '客户编号', '原币金额', '币别', '本币金额'], 4],
    // A trader's shipments and payments, each converted: the shipment is the sale.
    [
      '出货金额（折人民币） beside 收款金额（折人民币）',
      [
        '日期',
        '客户编号',
        '摘要',
        '币种',
        '原币金额',
        '汇率',
        '出货金额（折人民币）',
        '收款金额（折人民币）',
      ],
      6,
    ],
    // No currency column: the amount is the amount.
    ['an Amount in GBP without a currency column', ['Date', 'Client', 'Amount', 'Amount in GBP'], 2],
    ['one currency', ['Date', 'Client', 'Amount', 'Status'], 2],
    // The amount before tax, beside the tax and what the customer paid with it.
    [
      'a sole trader’s invoices: Ex GST, GST, Total inc GST',
      ['Inv #', 'Date', 'Customer', 'Job', 'Ex GST', 'GST', 'Total inc GST', 'Paid?'],
      4,
    ],
    [
      'a booking tool’s export: Subtotal, HST, Total',
      ['Date', 'Client', 'Item', 'Subtotal', 'HST', 'Total'],
      3,
    ],
    ['不含税金额, 税额, 价税合计', ['日期', '客户编号', '不含税金额', '税额', '价税合计'], 2],
    // Without a tax column, a Subtotal is no amount before tax.
    ['a Total and a Subtotal without tax', ['Date', 'Client', 'Subtotal', 'Discount', 'Total'], 4],
    ['what was paid, tax included, alone', ['Inv #', 'Date', 'Customer', 'Total inc GST'], 3],
    // What was paid after a discount, beside the bill and the discount taken off it.
    [
      'a restaurant’s bills: 消费金额, 折扣, 实收',
      ['日期', '桌号', '会员卡号', '姓名', '人数', '消费金额', '折扣', '实收', '支付方式'],
      7,
    ],
    ['订单金额, 优惠金额, 实付金额', ['下单时间', '会员号', '订单金额', '优惠金额', '实付金额'], 4],
    ['Amount, Discount, Amount Paid', ['Date', 'Member #', 'Amount', 'Discount', 'Amount Paid'], 4],
    // Without a discount column, the bill is the amount; and a Paid? column is no amount.
    ['消费金额 and 实收 without a discount', ['日期', '会员卡号', '消费金额', '实收'], 2],
    ['a Paid column beside a discount', ['Date', 'Client', 'Amount', 'Discount', 'Paid'], 2],
    // Headers in the sheet's language and in English (Thành tiền / Amount), or in Korean.
    [
      'Vietnamese and English',
      ['Ngày / Date', 'Mã KH', 'Khách / Customer', 'Thành tiền / Amount', 'Phí ship'],
      3,
    ],
    ['Korean', ['주문일', '고객번호', '주문자', '받는 분', '상품', '금액', '배송비'], 5],
  ])('takes the amount of %s', (_, header, amount) => {
    expect(mapOrderHeader(header).columns.amount).toBe(amount);
  });

  it.each([
    ['缴费人', ['日期', '收据号', '缴费人', '项目', '金额']],
    ['交款人', ['日期', '交款人', '摘要', '金额']],
    ['付款单位', ['收款日期', '付款单位', '金额']],
    ['Payer', ['Date', 'Receipt #', 'Payer', 'Amount']],
  ])('names the buyer of a receipt book by who paid: %s', (payer, header) => {
    expect(mapOrderHeader(header).columns.customerName).toBe(header.indexOf(payer));
  });

  it.each<[string, string[], Record<string, number>]>([
    [
      'a water station’s 编号 before 客户: the customer’s code',
      ['日期', '编号', '客户', '项目', '数量', '单价', '金额', '付款方式', '备注'],
      { customerId: 1, customerName: 2, product: 3 },
    ],
    [
      'a Greek book of tickets',
      ['Ημ/νία', 'Αρ. δελτίου', 'Πελάτης', 'Είδη / Εργασία', 'Ποσό', 'Πληρωμή', 'Κατάσταση', 'Σημειώσεις'],
      { date: 0, orderId: 1, customerName: 2, product: 3, amount: 4, payment: 5, status: 6, remarks: 7 },
    ],
    [
      'a Portuguese optician’s documents, fichas and Base (s/ IVA) beside the IVA',
      ['Data', 'Documento', 'Nº Ficha', 'Cliente', 'Descrição', 'Base (s/ IVA)', 'IVA', 'Total', 'Pagamento'],
      { orderId: 1, customerId: 2, customerName: 3, product: 4, amount: 5 },
    ],
  ])('maps %s', (_name, header, columns) => {
    expect(mapOrderHeader(header).columns).toMatchObject(columns);
  });

  it('reads a 编号 that does not stand before the buyer’s name as no customer id', () => {
    expect(mapOrderHeader(['编号', '日期', '客户', '金额']).columns.customerId).toBeUndefined();
  });

  it.each([
    [
      'a credit book’s 赊欠/现款',
      ['日期', '姓名', '村', '品名', '数量', '单价', '金额', '赊欠/现款', '备注'],
      7,
    ],
    [
      'a Malaysian wholesaler’s Bayaran',
      ['Tarikh', 'No. Invois', 'Kod', 'Pelanggan', 'Butiran', 'Amaun', 'Bayaran', 'Status', 'Catatan'],
      6,
    ],
    [
      'a Swedish till’s Betalning',
      ['Datum', 'Kundnr', 'Kund', 'Behandling / vara', 'Belopp', 'Dricks', 'Betalning'],
      6,
    ],
  ])('reads how a sale was paid: %s', (_name, header, payment) => {
    expect(mapOrderHeader(header).columns.payment).toBe(payment);
  });

  it('reads a wholesaler’s book by the shop’s owner, the shop’s name where no owner column stands', () => {
    const header = ['日期', '花店', '老板', '品种', '数量', '单价', '金额', '付款', '备注'];
    expect(mapOrderHeader(header).columns).toMatchObject({
      customerName: 2,
      product: 3,
      amount: 6,
      payment: 7,
    });
    expect(mapOrderHeader(['日期', '店名', '品种', '金额']).columns.customerName).toBe(1);
  });

  // Books of invoices abroad: the turnover before tax (Veroton, Nettó) is the amount; a Hungarian
  // Típus says which document was written (számla, díjbekérő), a weak status.
  it.each<[string, string[], Record<string, number>]>([
    [
      'a milk-tea supplier’s 进货单: the shop by its number and by its name or owner, 结算 how it paid',
      ['日期', '单号', '门店编号', '门店 / 老板', '品名规格', '数量', '单价', '金额', '结算', '备注'],
      {
        date: 0,
        orderId: 1,
        customerId: 2,
        customerName: 3,
        product: 4,
        quantity: 5,
        unitPrice: 6,
        amount: 7,
        payment: 8,
        remarks: 9,
      },
    ],
    [
      'a Croatian book of invoices, its two-row header read as one: Osnovica the turnover',
      [
        'Datum',
        'Broj',
        'Vrsta',
        'Šifra',
        'Naziv',
        'Opis',
        'Osnovica',
        'PDV %',
        'PDV',
        'Ukupno',
        'Plaćanje / status',
        'Napomena',
      ],
      { date: 0, orderId: 1, customerId: 3, customerName: 4, product: 5, amount: 6, status: 10, remarks: 11 },
    ],
    [
      'a Bergen plumber’s invoices: Eks. mva the turnover, before Sum inkl. mva',
      [
        'Dato',
        'Fakturanr.',
        'Kundenr.',
        'Kunde',
        'Beskrivelse',
        'Eks. mva',
        'MVA 25 %',
        'Sum inkl. mva',
        'Status',
        'Merknad',
      ],
      { date: 0, orderId: 1, customerId: 2, customerName: 3, product: 4, amount: 5, status: 8, remarks: 9 },
    ],
    [
      'a Lima supplier’s registro de ventas: Valor venta (before IGV) the turnover, Estado the status',
      [
        'Fecha',
        'Comprobante',
        'N°',
        'Cód.',
        'Cliente',
        'Detalle',
        'Valor venta',
        'IGV 18%',
        'Importe total',
        'Estado',
        'Obs.',
      ],
      { date: 0, orderId: 2, customerId: 3, customerName: 4, product: 5, amount: 6, status: 9, remarks: 10 },
    ],
    [
      'a Bucharest service’s registru: Valoare fără TVA the turnover, Tip a weak status beside Plată / Stare',
      [
        'Data',
        'Nr. document',
        'Tip',
        'Cod client',
        'Client',
        'Nr. auto',
        'Descriere',
        'Valoare fără TVA',
        'TVA 19 %',
        'Total cu TVA',
        'Plată / Stare',
        'Obs.',
      ],
      { date: 0, orderId: 1, customerId: 3, customerName: 4, product: 6, amount: 7, status: 10, remarks: 11 },
    ],
    [
      'a Lagos trader’s sales book: Inv No., Item / Description, its TYPE the status, Paid via',
      [
        'DATE',
        'INV NO.',
        'CUSTOMER',
        'ITEM / DESCRIPTION',
        'QTY',
        'RATE',
        'AMOUNT (₦)',
        'TYPE',
        'PAID VIA',
        'REMARKS',
      ],
      {
        date: 0,
        orderId: 1,
        customerId: 2,
        product: 3,
        quantity: 4,
        unitPrice: 5,
        amount: 6,
        status: 7,
        payment: 8,
        remarks: 9,
      },
    ],
    [
      'a Pune caterer’s bills: the Taxable Amt before GST, the Rate, how it was paid',
      [
        'Date',
        'Bill No.',
        'Customer',
        'Details',
        'Qty',
        'Rate',
        'Taxable Amt (₹)',
        'GST 5%',
        'Bill Total (₹)',
        'Mode',
        'Status',
        'Remarks',
      ],
      {
        date: 0,
        orderId: 1,
        customerId: 2,
        product: 3,
        quantity: 4,
        unitPrice: 5,
        amount: 6,
        payment: 9,
        status: 10,
        remarks: 11,
      },
    ],
    [
      'a chain’s sales: the branch that sold by its number, the buyer by the member card',
      ['日期', '门店编号', '会员卡号', '金额'],
      { date: 0, customerId: 2, amount: 3 },
    ],
    [
      'a Quezon City distributor’s deliveries in Taglish: Halaga is the amount',
      ['Petsa', 'DR #', 'Suki', 'Item', 'Qty (sako)', 'Presyo', 'Halaga', 'Bayad / Status', 'Remarks'],
      {
        date: 0,
        orderId: 1,
        customerName: 2,
        product: 3,
        quantity: 4,
        unitPrice: 5,
        amount: 6,
        status: 7,
        remarks: 8,
      },
    ],
    [
      'a Slovenian book of issued invoices: Osnova is the turnover, Plačano what was paid',
      [
        'Datum',
        'Št. računa',
        'Šifra',
        'Stranka',
        'Opis',
        'Osnova',
        'DDV 22 %',
        'Skupaj',
        'Plačano',
        'Opomba',
      ],
      {
        date: 0,
        orderId: 1,
        customerId: 2,
        customerName: 3,
        product: 4,
        amount: 5,
        payment: 8,
        remarks: 9,
      },
    ],
    [
      'a Russian register of sales and shipments',
      [
        'Дата',
        '№ документа',
        'Код клиента',
        'Клиент',
        'Товар / услуга',
        'Кол-во',
        'Цена',
        'Сумма',
        'Оплата',
        'Статус',
        'Примечание',
      ],
      {
        date: 0,
        orderId: 1,
        customerId: 2,
        customerName: 3,
        product: 4,
        quantity: 5,
        unitPrice: 6,
        amount: 7,
        payment: 8,
        status: 9,
        remarks: 10,
      },
    ],
    [
      'a Finnish book of sales invoices',
      [
        'Pvm',
        'Laskunro',
        'Asiakasnro',
        'Asiakas',
        'Työ / tuote',
        'Veroton',
        'ALV 25,5 %',
        'Yhteensä',
        'Tila',
        'Huom.',
      ],
      { date: 0, orderId: 1, customerId: 2, customerName: 3, product: 4, amount: 5, status: 8, remarks: 9 },
    ],
    [
      'a Hungarian book of invoices',
      [
        'Kelt',
        'Bizonylat',
        'Típus',
        'Ügyfélkód',
        'Ügyfél',
        'Munka',
        'Nettó',
        'ÁFA',
        'Bruttó',
        'Fizetés',
        'Megjegyzés',
      ],
      {
        date: 0,
        orderId: 1,
        status: 2,
        customerId: 3,
        customerName: 4,
        product: 5,
        amount: 6,
        payment: 9,
        remarks: 10,
      },
    ],
  ])('reads %s', (_name, header, columns) => {
    expect(mapOrderHeader(header).columns).toMatchObject(columns);
  });

  it('keeps the amount column the user set', () => {
    const header = ['Date', 'Client', 'Amount', 'Currency', 'Amount in GBP'];
    expect(mapOrderHeader(header, { amount: 'amount' }).columns.amount).toBe(2);
  });
});
