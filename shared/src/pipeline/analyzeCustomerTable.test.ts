import { describe, expect, it } from 'vitest';
import { SEGMENT_LABELS } from '../i18n/labels.ts';
import type { Language } from '../model/keys.ts';
import type { TableData } from '../model/table.ts';
import { HeaderNotRecognisedError } from '../table/index.ts';
import { type AnalysisStep, analyzeCustomerTable } from './analyzeCustomerTable.ts';
import { classificationJson } from './classificationJson.ts';
import { managedBlock, managedColumnsWrite } from './managedColumnsWrite.ts';

const TODAY = '2026-03-01';

/** A customer table as a sales team keeps it: summary columns, messy cells, one bad date. */
const customers: TableData = {
  header: [
    '客户编号',
    '姓名',
    '公司',
    '手机',
    '邮箱',
    '最近购买日期',
    '购买次数',
    '消费金额',
    '负责人',
    '自定义备注',
  ],
  rows: [
    [
      'C001',
      '张三',
      '上海明华贸易有限公司',
      '139 1234 5678',
      'Zhang.San@MingHua.cn',
      '2026/2/20',
      '12',
      '¥28,600.00',
      '王经理',
      'VIP',
    ],
    ['C002', '李四', '北京华信科技', '13800138000', '', '2025年6月1日', '2', '1,980 元', '王经理', ''],
    ['C003', 'Emily Chen', 'Acme Trading Ltd', '+1 415 555 0100', 'emily@acme.com', '', '', '', 'Linda', ''],
    ['C004', '王芳', '杭州云帆电子商务', '13700137000', 'wangfang@yunfan', '2026-13-45', '5', '6200', '', ''],
    ['C005', '赵六', '深圳前海物流', '13600136000', '', '2024-08-15', '1', '450', '', ''],
  ],
};

const orders: TableData = {
  header: ['客户编号', '订单日期', '金额'],
  rows: [
    ['C001', '2025-11-02', '3200'],
    ['C001', '2026-01-15', '4100'],
    ['C001', '2026-02-20', '2800'],
    ['C002', '2025-06-01', '990'],
    ['C002', '2025-03-12', '990'],
    ['C009', '2026-01-05', '500'],
  ],
};

describe('analyzeCustomerTable', () => {
  it('classifies every customer row, in input order, from the summary columns', () => {
    const analysis = analyzeCustomerTable({ customers, today: TODAY });
    expect(analysis.customers.map((c) => c.row)).toEqual([2, 3, 4, 5, 6]);
    expect(analysis.customers.map((c) => [c.classification.row, c.record.id])).toEqual([
      [2, 'C001'],
      [3, 'C002'],
      [4, 'C003'],
      [5, 'C004'],
      [6, 'C005'],
    ]);
    expect(analysis.customers[2]?.classification.segment).toBe('prospect');
    expect(analysis.customers[0]?.classification.lifecycle).toBe('active');
    expect(analysis.orders).toBeNull();
    expect(analysis.clv).toBeNull();
    // C004's date is not a real one: its 5 purchases have no date.
    expect(analysis.notes).toEqual([
      '1 位有购买的客户没有最近购买日期：R 值留空，生命周期按首次购买日期推断，没有任何日期的计为“流失风险”。补上日期后结果更准确。',
    ]);
  });

  it('says when nothing dates a purchase, and plans a contact that names no date', () => {
    // A summary ledger: how often and how much, but no dates and no orders table.
    const ledger: TableData = {
      header: ['姓名', '手机', '购买次数', '消费金额'],
      rows: [
        ['王一', '13812345678', '5', '5000'],
        ['王二', '13912345678', '1', '100'],
        ['王五', '13712345678', '', ''],
      ],
    };
    const zh = analyzeCustomerTable({ customers: ledger, today: TODAY });
    expect(zh.notes).toEqual([expect.stringContaining('表中没有最近购买日期的列')]);
    expect(zh.notes[0]).toContain('2 位有购买的客户');
    const en = analyzeCustomerTable({ customers: ledger, today: TODAY, config: { language: 'en' } });
    expect(en.notes[0]).toMatch(
      /^The table has no column for the date of the last purchase .* for all 2 customers who bought/,
    );
    const tasks = en.followUps.filter((task) => task.kind === 'revisit');
    const wang = tasks.find((task) => task.customerName === '王一');
    expect(wang?.reason).toContain('5 purchases');
    expect(wang?.reason).toContain('no date of the last purchase or contact');
    // One purchase is one purchase, in either language.
    expect(tasks.find((task) => task.customerName === '王二')?.reason).toMatch(/: 1 purchase \(100 spent\)/);
    expect(zh.followUps.find((task) => task.customerName === '王二')?.reason).toContain(
      '已购买 1 次（累计消费 100）',
    );
    expect(wang?.message).not.toContain('interest in us');
    // The prospect is still introduced.
    expect(tasks.find((task) => task.customerName === '王五')?.message).toContain('interest in us');
  });

  it('reports a bad cell with its row and column and keeps the row', () => {
    const analysis = analyzeCustomerTable({ customers, today: TODAY });
    const bad = analysis.issues.find((issue) => issue.value === '2026-13-45');
    expect(bad).toMatchObject({ row: 5, column: '最近购买日期' });
    expect(analysis.customers[3]?.record.id).toBe('C004');
    expect(analysis.review.invalid.some((item) => item.row === 5 && item.column === '最近购买日期')).toBe(
      true,
    );
  });

  it('gives every customer its earliest open follow-up as next follow-up', () => {
    const analysis = analyzeCustomerTable({ customers, today: TODAY });
    for (const customer of analysis.customers) {
      const due = analysis.followUps
        .filter((task) => task.customerRow === customer.row)
        .map((task) => task.due);
      expect(customer.nextFollowUp).toBe(due.length > 0 ? due.sort()[0] : null);
    }
  });

  it('derives purchases from the orders table and reports orders of unknown customers', () => {
    const analysis = analyzeCustomerTable({ customers, orders, today: TODAY, clv: false });
    expect(analysis.orders).toHaveLength(6 - 1 + 1);
    expect(analysis.customers[0]?.stats).toMatchObject({
      orderCount: 3,
      totalSpend: 10100,
      lastPurchase: '2026-02-20',
      source: 'orders',
    });
    expect(analysis.customers[2]?.stats).toMatchObject({ orderCount: 0 });
    const unknown = analysis.issues.find((issue) => issue.kind === 'unknown-customer');
    expect(unknown).toMatchObject({ table: 'orders', row: 7 });
    // Orders issues are not customer-table data quality.
    expect(analysis.review.invalid.every((item) => item.row <= 6)).toBe(true);
  });

  it.each<[Language, string]>([
    [
      'en',
      'The customer table has no customer ID column, so the orders\' "Customer" column was matched to its names',
    ],
    ['zh', '客户表没有客户编号列，订单表的“Customer”列已按客户表的姓名、公司和简称对应客户'],
  ])(
    'matches an orders column of customer ids by name where the customer list has no ids, and says so (%s)',
    (language, note) => {
      const analysis = analyzeCustomerTable({
        customers: {
          header: ['Customer', 'Email'],
          rows: [
            ['Bright Pixel Studio', 'billing@brightpixel.io'],
            ['Oliver Chen', 'oliver@example.com'],
          ],
        },
        orders: {
          header: ['Customer', 'Date', 'Amount'],
          rows: [
            ['Bright Pixel Studio', '2026-01-04', '1200'],
            ['oliver chen', '2026-01-20', '450'],
            ['Harbor & Co.', '2026-02-01', '950'],
          ],
        },
        today: TODAY,
        clv: false,
        config: { language },
      });
      expect(analysis.customers.map((c) => [c.stats.orderCount, c.stats.totalSpend])).toEqual([
        [1, 1200],
        [1, 450],
      ]);
      expect(analysis.issues.filter((i) => i.kind === 'unknown-customer').map((i) => i.value)).toEqual([
        'Harbor & Co.',
      ]);
      expect(analysis.notes).toContainEqual(expect.stringContaining(note));
    },
  );

  it('turns a CLV fit that cannot be done into a note, never a crash', () => {
    const analysis = analyzeCustomerTable({ customers, orders, today: TODAY });
    // Two repeat customers are far too few for BG/NBD.
    expect(analysis.clv).toBeNull();
    expect(analysis.notes.length).toBeGreaterThan(0);
    expect(classificationJson(analysis).customers.every((c) => c.pAlive === undefined)).toBe(true);
  });

  it('skips the CLV prediction when asked to', () => {
    const analysis = analyzeCustomerTable({ customers, orders, today: TODAY, clv: false });
    expect(analysis.clv).toBeNull();
    expect(analysis.notes).toEqual([]);
  });

  it('says once that phone numbers were cut short by scientific notation, and what to do', () => {
    const saved: TableData = {
      header: ['客户编号', '姓名', '手机'],
      rows: [
        ['C1', '张三', '1.38123E+10'],
        ['C2', '李四', '8.61391E+12'],
        ['C3', '王五', '13912345678.0'],
        ['C4', '赵六', '13712345678'],
      ],
    };
    const analyse = (language: Language) =>
      analyzeCustomerTable({ customers: saved, today: TODAY, clv: false, config: { language } });
    const en = analyse('en');
    expect(en.notes).toEqual([
      '2 phone numbers were saved by Excel or WPS in scientific notation (like 1.38123E+10) and lost their last digits, which this table cannot give back: export the list again from where it came from, with the phone column formatted as Text before exporting or pasting.',
    ]);
    // Each cell is listed too; the one written as a float has lost nothing and is read.
    expect(en.issues.map((issue) => issue.row)).toEqual([2, 3]);
    expect(analyse('zh').notes).toEqual([
      '2 个电话号码被 Excel 或 WPS 存成了科学计数法（如 1.38123E+10），末尾的数字已丢失，无法从本表还原：请从原始系统重新导出，或在导出、粘贴前先把电话列设为“文本”格式。',
    ]);
  });

  it('says once that phone numbers are masked, as a platform exports them, and lists each', () => {
    const exported: TableData = {
      header: ['客户昵称', '手机号', '邮箱'],
      rows: [
        ['咖啡控小王', '138****5678', 'w***@qq.com'],
        ['Lily_li', '138****5678', ''],
        ['老顾客', '13712345678', 'gu@example.com'],
      ],
    };
    const analyse = (language: Language) =>
      analyzeCustomerTable({ customers: exported, today: TODAY, clv: false, config: { language } });
    const zh = analyse('zh');
    expect(zh.notes).toEqual([
      '客户表有 2 个电话号码是打码的（如“138****5678”），多半是从平台导出时隐藏了中间几位：这些号码无法联系，也不能用来找重复客户或对应订单，已逐个列在数据质量检查中。请从原系统导出完整号码后再运行。',
    ]);
    expect(zh.issues.map((issue) => [issue.row, issue.column, issue.kind])).toEqual([
      [2, '手机号', 'invalid'],
      [2, '邮箱', 'invalid'],
      [3, '手机号', 'invalid'],
    ]);
    // Two customers showing the same masked number are not taken for one.
    expect(zh.review.merges).toEqual([]);
    expect(zh.review.summary).toMatchObject({
      exactDuplicateGroups: 0,
      likelyDuplicateGroups: 0,
      invalidCells: 3,
    });
    expect(analyse('en').notes).toEqual([
      '2 phone numbers in the customer table are masked (such as "138****5678"), most likely by the platform they were exported from, which hid some digits: they cannot be called, nor used to find duplicate customers or match orders, and are each listed in the data-quality review. Export the whole numbers from where they came from and run again.',
    ]);
  });

  it('says when the order amounts are in more than one currency, and not for a local unit', () => {
    const macau: TableData = {
      header: ['客戶編號', '聯絡人'],
      rows: [
        ['M-1', '陳大文'],
        ['M-2', '李嘉欣'],
      ],
    };
    const ordersIn = (amounts: string[]): TableData => ({
      header: ['客戶編號', '日期', '金額'],
      rows: amounts.map((amount, i) => [i % 2 === 0 ? 'M-1' : 'M-2', '2026-01-05', amount]),
    });
    const notesOf = (amounts: string[], language: Language) =>
      analyzeCustomerTable({
        customers: macau,
        orders: ordersIn(amounts),
        today: TODAY,
        clv: false,
        config: { language },
      }).notes;
    const mixed = ['MOP$500', 'HK$1,200', 'HK$300', '80 港幣', '200'];
    expect(notesOf(mixed, 'en')).toEqual([
      'Order amounts are written in 2 currencies (HKD: 3 orders, MOP: 1 order) and were added as they stand, so revenue, M scores, value tiers and CLV are not right. Convert the amounts to one currency first.',
    ]);
    expect(notesOf(mixed, 'zh')).toEqual([
      '订单金额写明了 2 种货币（HKD 3 笔、MOP 1 笔），已按原数字直接相加：收入、M 值、价值分层和 CLV 都不准确。请先把金额换算成同一种货币。',
    ]);
    // One currency, and amounts in the local unit beside it ($, 元): nothing to say.
    expect(notesOf(['HK$1,200', '$300', '500 元', '80'], 'en')).toEqual([]);
  });

  it("says when the customer table's spend is written in two currencies, and there are no orders", () => {
    // A Macau shop's member list: spend and last purchase in the customer table itself.
    const members: TableData = {
      header: ['會員編號', '姓名', '最近消費日期', '累計消費'],
      rows: [
        ['M-1', '陳大文', '2026-02-01', 'MOP$5,000'],
        ['M-2', '李嘉欣', '2026-01-20', 'HK$1,200'],
        ['M-3', '張國榮', '2026-02-10', 'HK$800'],
        ['M-4', '梅艷芳', '2026-02-11', '300'],
      ],
    };
    const spendNote = (language: Language) =>
      analyzeCustomerTable({ customers: members, today: TODAY, config: { language } }).notes.filter((n) =>
        /currencies|种货币/.test(n),
      );
    expect(spendNote('en')).toEqual([
      'Spend in the customer table is written in 2 currencies (HKD: 2 customers, MOP: 1 customer) and was added as it stands, so M scores, value tiers and revenue are not right. Convert the amounts to one currency first.',
    ]);
    expect(spendNote('zh')).toEqual([
      '客户表的消费金额写明了 2 种货币（HKD 2 位、MOP 1 位），已按原数字直接相加：M 值、价值分层和收入都不准确。请先把金额换算成同一种货币。',
    ]);
    // With an orders table the figures come from the orders, and the note is theirs.
    const withOrders = analyzeCustomerTable({
      customers: members,
      orders: { header: ['會員編號', '日期', '金額'], rows: [['M-1', '2026-02-01', '500']] },
      today: TODAY,
      clv: false,
    });
    expect(withOrders.notes.filter((n) => /种货币/.test(n))).toEqual([]);
  });

  it('says once which nearby region the phone numbers it could not read belong to', () => {
    const hongKong: TableData = {
      header: ['客戶編號', '聯絡人', '手提電話'],
      rows: [
        ['HK-1', '陳大文', '9123 4567'],
        ['HK-2', '李嘉欣', '6234 5678'],
        ['HK-3', '張國榮', '5432 1098'],
        ['CN-1', '王芳', '13912345678'],
      ],
    };
    const en = analyzeCustomerTable({
      customers: hongKong,
      today: TODAY,
      clv: false,
      config: { language: 'en' },
    });
    expect(en.notes).toEqual([
      '3 phone numbers are not valid in the default region CN but are as Hong Kong (HK) numbers: if most customers are there, set the default phone region to HK.',
    ]);
    expect(en.issues.map((issue) => issue.message)).toEqual([
      '9123 4567 is not a valid phone number for region CN; it is valid as a Hong Kong (HK) number',
      '6234 5678 is not a valid phone number for region CN; it is valid as a Hong Kong (HK), Macau (MO) or Taiwan (TW) number',
      '5432 1098 is not a valid phone number for region CN; it is valid as a Hong Kong (HK) or Taiwan (TW) number',
    ]);
    const zh = analyzeCustomerTable({
      customers: hongKong,
      today: TODAY,
      clv: false,
      config: { language: 'zh' },
    });
    expect(zh.notes).toEqual([
      '3 个电话号码按默认地区 CN 无效，按香港（HK）的号码解读则有效：客户多在当地的话，请把默认电话地区设为 HK。',
    ]);
    // Read in Hong Kong, the mainland mobile is the one to question: its cell says where it is
    // valid, and one number among three valid ones makes no note.
    const inHongKong = analyzeCustomerTable({
      customers: hongKong,
      today: TODAY,
      clv: false,
      config: { language: 'en', defaultRegion: 'HK' },
    });
    expect(inHongKong.issues.map((issue) => issue.message)).toEqual([
      '13912345678 is not a valid phone number for region HK; it is valid as a mainland China (CN) number',
    ]);
    expect(inHongKong.notes).toEqual([]);
  });

  it('names the country the table’s money names when its numbers are valid there, not a nearby one they fit by chance', () => {
    // A Polish shop's regulars: nine-digit numbers, some of which read as Taiwan's too, and its
    // spend in złoty.
    const polish: TableData = {
      header: ['Nazwa', 'Telefon', 'Total spend'],
      rows: [
        ['Mechanika Pojazdowa Tadeusz Baran', '602 118 443', '5 890,00 zł'],
        ['AUTO-SERWIS Wróbel s.c.', '48 384 20 11', '3 750,00 zł'],
        ['Jan Kowalczyk', '691 222 310', '487,80 zł'],
        ['Anna Szymańska', '785 101 909', '414,63 zł'],
      ],
    };
    const read = (language: 'zh' | 'en') =>
      analyzeCustomerTable({
        customers: polish,
        today: TODAY,
        clv: false,
        config: { language },
      }).notes.filter((note) => note.includes('PL') || note.includes('TW'));
    expect(read('en')).toEqual([
      "4 phone numbers are not valid in the default region CN; the table's amounts are in PLN, and they are valid as numbers of Poland (PL): if most customers are there, set the default phone region to PL.",
    ]);
    expect(read('zh')).toEqual([
      '4 个电话号码按默认地区 CN 无效；表中的金额是 PLN，这些号码按波兰（PL）的号码解读则有效：客户多在当地的话，请把默认电话地区设为 PL。',
    ]);
  });

  it('names Bulgaria for a table in leva, and Romania for one in lei', () => {
    const read = (rows: string[][]) =>
      analyzeCustomerTable({
        customers: { header: ['Клиент', 'Телефон', 'Total spend'], rows },
        today: TODAY,
        clv: false,
        config: { language: 'en' },
      }).notes.filter((note) => note.includes('phone number'));
    expect(
      read([
        ['Тодор Стоянов', '0889 517 302', '960,86 лв.'],
        ['Петя Димитрова', '0896 338 410', '1 079,38 лв.'],
        ['„Аква Монтаж 2010“ ЕООД', '032 64 18 93', '1 459,30 лв.'],
      ]),
    ).toEqual([
      "3 phone numbers are not valid in the default region CN; the table's amounts are in BGN, and they are valid as numbers of Bulgaria (BG): if most customers are there, set the default phone region to BG.",
    ]);
    expect(
      read([
        ['Ion Popescu', '0722 123 456', '3.600,00 lei'],
        ['SC Agro Banat SRL', '0256 490 112', '1.840,00 lei'],
      ]),
    ).toEqual([
      "2 phone numbers are not valid in the default region CN; the table's amounts are in RON, and they are valid as numbers of Romania (RO): if most customers are there, set the default phone region to RO.",
    ]);
  });

  it('names Ukraine for a table in hryvnias', () => {
    const notes = analyzeCustomerTable({
      customers: {
        header: ['Назва', 'Телефон', 'Total spend'],
        rows: [
          ['ТОВ «Зерно і Пара»', '067 218 44 90', '15 128,00 грн'],
          ['ФОП Собко Андрій Миколайович', '063 771 20 45', '5 890,00 ₴'],
          ['ТОВ «Вірменська 19»', '(032) 235-14-70', '17 560,00 грн'],
        ],
      },
      today: TODAY,
      clv: false,
      config: { language: 'en' },
    }).notes.filter((note) => note.includes('phone number'));
    expect(notes).toEqual([
      "3 phone numbers are not valid in the default region CN; the table's amounts are in UAH, and they are valid as numbers of Ukraine (UA): if most customers are there, set the default phone region to UA.",
    ]);
  });

  it('names Serbia for a table in dinars', () => {
    const notes = analyzeCustomerTable({
      customers: {
        header: ['Naziv kupca', 'Telefon', 'Total spend'],
        rows: [
          ['RATAR KAĆ d.o.o.', '021/621-4530', '312.000,00 din.'],
          ['PG Jovanović Milorad', '064 218 3307', 'RSD 98.400,00'],
          ['ZZ „Fruškogorac“ Irig', '022/461-405', '70.000,00 din.'],
        ],
      },
      today: TODAY,
      clv: false,
      config: { language: 'en' },
    }).notes.filter((note) => note.includes('phone number'));
    expect(notes).toEqual([
      "3 phone numbers are not valid in the default region CN; the table's amounts are in RSD, and they are valid as numbers of Serbia (RS): if most customers are there, set the default phone region to RS.",
    ]);
  });

  it('names Hungary for a table in forint, its numbers written with the 06 trunk prefix', () => {
    const hungarian: TableData = {
      header: ['Név', 'Telefon', 'Total spend'],
      rows: [
        ['Kovács Péter', '06 30 912 3456', '126 000 Ft'],
        ['Nagy Istvánné', '06 1 365 2290', '18.000 Ft'],
        ['Molnár Bence', '06-20/345-6789', 'HUF 9 000'],
        ['Balogh Zsófia', '+36 30 777 2020', '15.000,- Ft'],
      ],
    };
    const notes = analyzeCustomerTable({
      customers: hungarian,
      today: TODAY,
      clv: false,
      config: { language: 'en' },
    }).notes.filter((note) => note.includes('HU'));
    expect(notes).toEqual([
      "3 phone numbers are not valid in the default region CN; the table's amounts are in HUF, and they are valid as numbers of Hungary (HU): if most customers are there, set the default phone region to HU.",
    ]);
  });

  it('names the one country of the numbers written with a country code when the others are valid there', () => {
    // A Valencia distributor's clients in euro, which names no country: nine-digit numbers that
    // read as Taiwan's too, and two mobiles written with +34.
    const spanish: TableData = {
      header: ['Razón social', 'Teléfono'],
      rows: [
        ['Construcciones Hermanos Ferrer Llopis, S.L.', '961 23 45 67'],
        ['Reformas Integrales Benimaclet, S.L.', '963 62 18 40'],
        ['Alicatados Sanchis', '654 33 21 09'],
        ['Salvador Navarro Soler', '+34 699 30 20 10'],
        ['Irene Castelló Mas', '+34 687 654 321'],
        ['Carmen Peiró Vidal', '963 40 12 87'],
      ],
    };
    const read = (language: 'zh' | 'en', defaultRegion?: string) =>
      analyzeCustomerTable({
        customers: spanish,
        today: TODAY,
        clv: false,
        config: { language, ...(defaultRegion === undefined ? {} : { defaultRegion }) },
      }).notes.filter((note) => note.includes('ES') || note.includes('TW'));
    expect(read('en')).toEqual([
      "4 phone numbers are not valid in the default region CN; the table's numbers written with a country code are all +34 ones, and they are valid as numbers of Spain (ES): if most customers are there, set the default phone region to ES.",
    ]);
    expect(read('zh')).toEqual([
      '4 个电话号码按默认地区 CN 无效；表中写了国家代码的号码都是 +34，这些号码按西班牙（ES）的号码解读则有效：客户多在当地的话，请把默认电话地区设为 ES。',
    ]);
    // Read in Spain, every number is valid: nothing to say.
    expect(read('en', 'ES')).toEqual([]);
  });

  it('reads complaints from the complaints table', () => {
    const complaints: TableData = {
      header: ['客户编号', '投诉日期', '投诉状态', '投诉内容'],
      rows: [['C002', '2026-02-25', '调查核实', '发货延迟']],
    };
    const analysis = analyzeCustomerTable({ customers, complaints, today: TODAY });
    expect(analysis.complaints).toHaveLength(1);
    expect(analysis.complaints[0]).toMatchObject({ customerRow: 3, stage: 'investigating' });
    expect(analysis.followUps.some((task) => task.kind === 'complaint' && task.customerRow === 3)).toBe(true);
  });

  it('reports its steps in order', () => {
    const steps: AnalysisStep[] = [];
    analyzeCustomerTable({ customers, today: TODAY, onProgress: (step) => steps.push(step) });
    expect(steps).toEqual(['parse', 'classify', 'clv', 'follow-ups', 'review']);
  });

  it('applies the configuration (language of messages, default phone region)', () => {
    const analysis = analyzeCustomerTable({
      customers,
      today: TODAY,
      config: { language: 'en', defaultRegion: 'US' },
    });
    expect(analysis.config.language).toBe('en');
    expect(analysis.config.defaultRegion).toBe('US');
  });

  it.each<[Language, string[]]>([
    [
      'zh',
      [
        '“wangfang@yunfan”的域名 yunfan 缺少顶级域名，如 .com 或 .cn',
        '“2026-13-45”不是有效日期（没有13月）',
        '客户编号 C009 不在客户表中：其 1 笔订单（合计 500）未计入统计',
      ],
    ],
    [
      'en',
      [
        'wangfang@yunfan: the domain yunfan has no top-level domain such as .com or .cn',
        '2026-13-45 is not a real date (month 13)',
        '1 order (total 500) for customer id C009, which is not in the customer table; left out of the statistics',
      ],
    ],
  ])('words the issues of every table in the configured language (%s)', (language, messages) => {
    const analysis = analyzeCustomerTable({
      customers,
      orders,
      today: TODAY,
      clv: false,
      config: { language },
    });
    expect(analysis.issues.map((issue) => issue.message)).toEqual(messages);
  });

  it('throws HeaderNotRecognisedError for a table without any known column', () => {
    const table: TableData = { header: ['Spalte A', 'Spalte B'], rows: [['x', 'y']] };
    expect(() => analyzeCustomerTable({ customers: table, today: TODAY })).toThrow(HeaderNotRecognisedError);
  });

  it('keeps each customer on its sheet row when blank rows and title lines surround the table', () => {
    const withBlank: TableData = {
      header: customers.header,
      rows: [customers.rows[0] ?? [], [], customers.rows[1] ?? []],
      headerRow: 3,
    };
    const analysis = analyzeCustomerTable({ customers: withBlank, today: TODAY });
    expect(analysis.customers.map((c) => [c.row, c.record.id])).toEqual([
      [4, 'C001'],
      [6, 'C002'],
    ]);
    const write = managedColumnsWrite(withBlank, analysis.customers, 'zh', false);
    const block = managedBlock(write);
    expect(block).toHaveLength(4);
    expect(block[2]?.every((cell) => cell === '')).toBe(true);
    expect(block[1]).toEqual(write.values.get(4));
    expect(block[3]).toEqual(write.values.get(6));
    const segment = analysis.customers[1]?.classification.segment ?? 'prospect';
    expect(block[3]?.[3]).toBe(SEGMENT_LABELS[segment].zh);
  });
});

describe('lunar birthdays in the customer table', () => {
  it('reads 生日 cells written in the lunar calendar and greets on this year’s Gregorian date', () => {
    const analysis = analyzeCustomerTable({
      customers: {
        header: ['客户编号', '姓名', '生日', '最近购买日期', '负责人'],
        rows: [
          ['C001', '刘芳', '农历三月初五', '2026-03-01', '王经理'],
          ['C002', '陈静', '1990-03-05（农历）', '2026-03-01', '李娜'],
          ['C003', '王强', '1990-03-05', '2026-03-01', '张伟'],
        ],
      },
      today: '2026-04-01',
    });
    expect(analysis.issues.filter((issue) => issue.column === '生日')).toEqual([]);
    const birthdays = analysis.followUps.filter((task) => task.kind === 'birthday');
    // 农历三月初五 is 2026-04-21 (a Tuesday): due three days ahead, Saturday 04-18, so Monday
    // 04-20. A Gregorian 03-05 has passed this year.
    expect(birthdays.map((task) => [task.customerName, task.due, task.reason])).toEqual([
      ['刘芳', '2026-04-20', '2026-04-21 生日，提前 3 天送上祝福'],
      ['陈静', '2026-04-20', '2026-04-21 生日，提前 3 天送上祝福'],
    ]);
  });
});

// An order book naming its buyers, with a slip of the pen (陈思淇 for 陈思琪): never matched, but the
// issue offers the one customer whose name is a character apart.
describe('a buyer’s name one character from a customer’s', () => {
  const customers: TableData = {
    header: ['姓名', '手机'],
    rows: [
      ['陈思琪', '15855102468'],
      ['王建军', '13956012233'],
      ['王建君', '13956012234'],
    ],
  };
  const orders = (buyer: string): TableData => ({
    header: ['日期', '学员', '金额'],
    rows: [['2026-02-08', buyer, 1980]],
  });
  it.each<[Language, string, string]>([
    [
      'zh',
      '陈思淇',
      '客户名称 陈思淇 不在客户表中：其 1 笔订单（合计 1980）未计入统计。客户表第 2 行的“陈思琪”只差一个字：若是同一人，请把两处写成一样',
    ],
    ['en', '陈思淇', 'Row 2 of the customer table has "陈思琪", one character apart'],
    // Two customers a character from it: nothing offered.
    ['zh', '王建俊', '客户名称 王建俊 不在客户表中：其 1 笔订单（合计 1980）未计入统计'],
  ])('%s: %s', (language, buyer, said) => {
    const analysis = analyzeCustomerTable({
      customers,
      orders: orders(buyer),
      today: TODAY,
      config: { language },
    });
    const issue = analysis.issues.find((i) => i.table === 'orders' && i.kind === 'unknown-customer');
    expect(issue?.message).toContain(said);
    expect(analysis.customers.map((c) => c.stats.totalSpend)).toEqual([0, 0, 0]);
    if (language === 'zh' && buyer === '王建俊') expect(issue?.message).not.toContain('只差一个字');
  });
});
