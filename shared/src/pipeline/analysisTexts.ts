import type { Language } from '../model/keys.ts';
import { regionName } from '../parse/parseTexts.ts';
import type { IdsWrittenDifferently } from '../table/customerIndex.ts';

interface AnalysisTexts {
  refunds: (refunds: number, total: string, net: string) => string;
  cancelled: (orders: number) => string;
  unpaid: (orders: number) => string;
  /** A pipeline's deals not won yet and deals lost, left out: they are no sales. */
  deals: (open: number, lost: number) => string;
  skipped: (rows: number) => string;
  /** Rows naming nobody read as further lines of the customer above (FurtherLines). */
  furtherLines: (rows: number) => string;
  /** Dates written without their year (`example`), read as the latest such day up to `today`. */
  yearlessDates: (example: string, today: string) => string;
  phoneRegion: (numbers: number, defaultRegion: string, region: string) => string;
  /** The same, `region` the one the table's money names (`currency`: PLN for zł). */
  phoneRegionOfMoney: (numbers: number, defaultRegion: string, region: string, currency: string) => string;
  /** The same, `region` the one country of the numbers written with a country code (`code`). */
  phoneRegionOfCountryCode: (numbers: number, defaultRegion: string, region: string, code: string) => string;
  /** Phone cells saved in scientific notation, their last digits lost. */
  phonesCut: (numbers: number) => string;
  /** Phone cells with digits masked (138****5678), `example` the first. */
  phonesMasked: (numbers: number, example: string) => string;
  /** Orders by the currency their amount names, most first (two or more). */
  currencies: (named: readonly [code: string, orders: number][]) => string;
  /** Customers by the currency their spend cell names, most first (two or more). */
  spendCurrencies: (named: readonly [code: string, customers: number][]) => string;
  /** Orders whose status says 充值/Top-up, read as purchases, and their money. */
  topUps: (orders: number, total: string) => string;
  /** Sales to walk-in customers (散客), no customer of the table: how many, and their money. */
  walkIns: (orders: number, total: string) => string;
  /** Gift cards sold, left out of the figures until they pay for something: how many, their money. */
  giftCards: (orders: number, total: string) => string;
  /** Deposits held and costs paid out for the customer, no sales: how many rows, their money net. */
  heldMoney: (orders: number, total: string) => string;
  /** Payments on account (还款, Collection) written among the sales: how many rows, their money. */
  payments: (orders: number, total: string) => string;
  /**
   * Top-ups left out of the figures, the orders table also writing what the card paid for (消费
   * lines): how many, and their money.
   */
  topUpsLeftOut: (orders: number, total: string) => string;
  /** Orders refunded in part (部分退款) with no refunded amount written: counted whole. */
  partialRefunds: (orders: number) => string;
  /**
   * Orders left out because their only buyer column (`column`, its header) holds masked values,
   * such as `example` (138****5678); `account`, the header of the orders' buyer-account column
   * (买家会员名) where they have one, which a customer table could be matched by.
   */
  maskedBuyers: (orders: number, column: string, example: string, account: string | null) => string;
  /**
   * Order rows without a buyer counted for the buyer at the top of their group, in a ledger
   * grouped by customer whose subtotals add up with them (see BuyerGroups): how many, and the
   * first of their sheet rows (`more` when there are others).
   */
  groupedRows: (rows: number, first: readonly number[], more: boolean) => string;
  /**
   * The orders' customer-id column (`column`, its header) matched to the customers' names and
   * companies, the customer table having names but no customer-id column (see joinKindOf).
   */
  idsAsNames: (column: string) => string;
  /**
   * Orders whose customer-id cell (`idColumn`, its header) was left blank, read as the orders of
   * the customer their `nameColumn` names: how many, and the first of their sheet rows (`more`
   * when there are others).
   */
  namedBuyers: (
    orders: number,
    idColumn: string,
    nameColumn: string,
    first: readonly number[],
    more: boolean,
  ) => string;
  /**
   * Buyers whose last purchase has no date; `noSource` when the table has no column for it and no
   * orders were given, so that none has one.
   */
  undatedBuyers: (buyers: number, noSource: boolean) => string;
  /**
   * Orders or complaints counted for a customer whose id they write differently (Ｃ００１, c001 for
   * C001), with the first of them as an example.
   */
  idsWrittenDifferently: (table: 'orders' | 'complaints', fold: IdsWrittenDifferently) => string;
}

/** Notes the analysis adds about what its figures include, in each language. */
export const ANALYSIS_TEXTS: Record<Language, AnalysisTexts> = {
  zh: {
    refunds: (n, total, net) => `${n} 笔退款（合计 ${total}）已从收入中扣除；净收入 ${net}。`,
    cancelled: (n) => `${n} 笔已取消或作废的订单未计入。`,
    unpaid: (n) => `${n} 笔尚未付款的订单（等待付款）未计入；付款后再运行即可计入。`,
    deals: (open, lost) =>
      `${[open > 0 ? `${open} 个尚未成交的商机（线索、方案、谈判等阶段）` : '', lost > 0 ? `${lost} 个已输单的商机` : ''].filter(Boolean).join('和 ')}不是成交，未计入收入；赢单后再运行即可计入。`,
    yearlessDates: (example, today) =>
      `有日期没有写年份（如“${example}”），按 ${today} 之前最近的那一天读取；如果是往年的账，请在日期里写上年份。`,
    furtherLines: (n) =>
      `${n} 行没有填写客户、但紧接在某位客户下方且有金额和其他内容（如合并单元格下的第二门课程、又一笔消费），按上方客户的续行计入其消费。`,
    skipped: (n) =>
      `${n} 行不是客户或订单（合计、签字、备注、分组标题或重复的表头），未计入，表格中保持原样，见数据质量检查。`,
    phoneRegion: (n, defaultRegion, region) =>
      `${n} 个电话号码按默认地区 ${defaultRegion} 无效，按${regionName(region, 'zh')}的号码解读则有效：客户多在当地的话，请把默认电话地区设为 ${region}。`,
    phoneRegionOfMoney: (n, defaultRegion, region, currency) =>
      `${n} 个电话号码按默认地区 ${defaultRegion} 无效；表中的金额是 ${currency}，这些号码按${regionName(region, 'zh')}的号码解读则有效：客户多在当地的话，请把默认电话地区设为 ${region}。`,
    phoneRegionOfCountryCode: (n, defaultRegion, region, code) =>
      `${n} 个电话号码按默认地区 ${defaultRegion} 无效；表中写了国家代码的号码都是 ${code}，这些号码按${regionName(region, 'zh')}的号码解读则有效：客户多在当地的话，请把默认电话地区设为 ${region}。`,
    phonesCut: (n) =>
      `${n} 个电话号码被 Excel 或 WPS 存成了科学计数法（如 1.38123E+10），末尾的数字已丢失，无法从本表还原：请从原始系统重新导出，或在导出、粘贴前先把电话列设为“文本”格式。`,
    phonesMasked: (n, example) =>
      `客户表有 ${n} 个电话号码是打码的（如“${example}”），多半是从平台导出时隐藏了中间几位：这些号码无法联系，也不能用来找重复客户或对应订单，已逐个列在数据质量检查中。请从原系统导出完整号码后再运行。`,
    currencies: (named) =>
      `订单金额写明了 ${named.length} 种货币（${named.map(([code, n]) => `${code} ${n} 笔`).join('、')}），已按原数字直接相加：收入、M 值、价值分层和 CLV 都不准确。请先把金额换算成同一种货币。`,
    spendCurrencies: (named) =>
      `客户表的消费金额写明了 ${named.length} 种货币（${named.map(([code, n]) => `${code} ${n} 位`).join('、')}），已按原数字直接相加：M 值、价值分层和收入都不准确。请先把金额换算成同一种货币。`,
    topUps: (n, total) =>
      `订单表有 ${n} 行是充值（合计 ${total}），和消费一样计入了销售额、订单数和 M 值。如果会员卡的每次消费也逐行记在表里，同一笔钱就算了两次：请只保留充值行或只保留消费行，再生成报告。`,
    walkIns: (n, total) =>
      `订单表有 ${n} 笔散客（非会员）的销售（合计 ${total}），不属于客户表里的任何客户，未计入客户的统计。`,
    giftCards: (n, total) =>
      `订单表有 ${n} 行是售出的礼品卡（合计 ${total}）：那是存进卡里的钱，用卡买东西时才是收入，而用卡买的东西在表中另有销售行，所以礼品卡不计入销售额、订单数和 M 值，以免同一笔钱算两次。`,
    heldMoney: (n, total) =>
      `订单表有 ${n} 行是押金、保证金或代垫的费用（净额 ${total}）：那是暂收或替客户付出的钱，不是销售，未计入销售额、订单数和 M 值；退还的押金也不算退款。`,
    payments: (n, total) =>
      `订单表有 ${n} 行是客户还以前的欠款（收款，合计 ${total}）：钱在以前的销售里已经算过，不是新的销售，未计入销售额、订单数和 M 值。`,
    topUpsLeftOut: (n, total) =>
      `订单表有 ${n} 行是充值（合计 ${total}）：那是存进会员卡的钱，卡里的钱花在哪里由表中的消费行记录，所以充值不计入销售额、订单数和 M 值，以免同一笔钱算两次。`,
    partialRefunds: (n) =>
      `${n} 笔订单的状态是部分退款，但订单表没有退款金额列，退回了多少不知道：已按订单全额计入，收入和 M 值可能偏高。请在订单表加上“退款金额”列后再运行。`,
    maskedBuyers: (n, column, example, account) =>
      `${n} 笔订单的买家只有打码的“${column}”（如“${example}”），分不出是哪位客户，未计入：平台导出时隐藏了部分字符，不同买家打码后可能一模一样。${
        account === null
          ? '请导出带客户编号、完整号码或未打码的买家账号（如“买家会员名”）的订单表后再运行。'
          : `订单表的“${account}”能区分买家，但客户表没有与之对应的平台账号列：请在客户表加一列“旺旺号”（或“平台账号”），填上每位客户的${account}，再运行，订单就会按它对应到客户（客户表原有的客户编号列不用改）。客户表已有记录买家账号的列、只是表头不同的话，把表头改为“旺旺号”，或在列名映射中写“该列表头 = platformAccount”（命令行：配置的 headerOverrides.customers）。`
      }`,
    idsAsNames: (column) =>
      `客户表没有客户编号列，订单表的“${column}”列已按客户表的姓名、公司和简称对应客户（写法上只忽略空格、全半角和大小写）。对不上的订单逐个列在数据质量检查中；若“${column}”其实是编号，请给客户表加上客户编号列。`,
    namedBuyers: (n, id, name, first, more) =>
      `订单表有 ${n} 笔订单没填“${id}”（第 ${first.join('、')}${more ? ' 等' : ''} 行），已按同一行的“${name}”对应客户，与只写名字的订单一样：客户表中只有一位客户叫这个名字时才计入，对不上的逐个列在数据质量检查中。补上${id}更稳妥。`,
    groupedRows: (n, first, more) =>
      `订单表有 ${n} 行没写客户（第 ${first.join('、')}${more ? ' 等' : ''} 行）：这张表按客户分组，每组只写一次客户（在组的第一行，或在组上方单独一行），它们所在分组的小计正好是组内各行金额之和，已按该组的客户计入。如果表格并非按客户分组，请检查这几行。`,
    undatedBuyers: (n, noSource) =>
      noSource
        ? `表中没有最近购买日期的列（如“最近购买日期”“最近消费时间”），也没有订单表：${n} 位有购买的客户都不知道最近一次购买在什么时候。他们的 R 值留空，生命周期都计为“流失风险”，分群和八类也因此不准确。请加上最近购买日期列，或一并提供订单表。`
        : `${n} 位有购买的客户没有最近购买日期：R 值留空，生命周期按首次购买日期推断，没有任何日期的计为“流失风险”。补上日期后结果更准确。`,
    idsWrittenDifferently: (table, f) =>
      table === 'orders'
        ? `订单表有 ${f.count} 笔订单的客户编号与客户表写法不同（全角字符、大小写、不可见字符或千位分隔符），已按客户表的编号计入，例如订单表第 ${f.row} 行的客户编号“${f.id}”按客户表的 ${f.as} 计入。`
        : `投诉表有 ${f.count} 条投诉的客户编号与客户表写法不同（全角字符、大小写、不可见字符或千位分隔符），已按客户表的编号计入，例如投诉表第 ${f.row} 行的客户编号“${f.id}”按客户表的 ${f.as} 计入。`,
  },
  en: {
    refunds: (n, total, net) =>
      n === 1
        ? `1 refund (${total}) is taken off revenue; net revenue ${net}.`
        : `${n} refunds (${total} in all) are taken off revenue; net revenue ${net}.`,
    cancelled: (n) => `${n} cancelled or void order${n === 1 ? '' : 's'} left out.`,
    unpaid: (n) =>
      `${n} order${n === 1 ? '' : 's'} not paid for yet (awaiting payment) left out; run again once paid to count ${n === 1 ? 'it' : 'them'}.`,
    deals: (open, lost) =>
      `${[open > 0 ? `${open} open deal${open === 1 ? '' : 's'} (lead, proposal, negotiation …)` : '', lost > 0 ? `${lost} lost deal${lost === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')} ${open + lost === 1 ? 'is' : 'are'} not a sale and left out of revenue; run again once a deal is won to count it.`,
    yearlessDates: (example, today) =>
      `Some dates are written without their year (such as "${example}"): each is read as the latest such day up to ${today}. If the sheet is of an earlier year, write the year in its dates.`,
    furtherLines: (n) =>
      `${n} row${n === 1 ? '' : 's'} naming nobody, right under a customer and holding an amount and more (a further course or purchase under merged cells), ${n === 1 ? 'is' : 'are'} read as further lines of the customer above: ${n === 1 ? 'its' : 'their'} spend counts for them.`,
    skipped: (n) =>
      `${n} row${n === 1 ? ' is' : 's are'} not a customer or an order (totals, signatures, notes, section headings or a repeated header): left out, kept as they are in the sheet, listed in the data-quality review.`,
    phoneRegion: (n, defaultRegion, region) =>
      `${n} phone number${n === 1 ? ' is' : 's are'} not valid in the default region ${defaultRegion} but ${n === 1 ? 'is' : 'are'} as ${regionName(region, 'en')} number${n === 1 ? '' : 's'}: if most customers are there, set the default phone region to ${region}.`,
    phoneRegionOfMoney: (n, defaultRegion, region, currency) =>
      `${n} phone number${n === 1 ? ' is' : 's are'} not valid in the default region ${defaultRegion}; the table's amounts are in ${currency}, and ${n === 1 ? 'it is valid as a number' : 'they are valid as numbers'} of ${regionName(region, 'en')}: if most customers are there, set the default phone region to ${region}.`,
    phoneRegionOfCountryCode: (n, defaultRegion, region, code) =>
      `${n} phone number${n === 1 ? ' is' : 's are'} not valid in the default region ${defaultRegion}; the table's numbers written with a country code are all ${code} ones, and ${n === 1 ? 'it is valid as a number' : 'they are valid as numbers'} of ${regionName(region, 'en')}: if most customers are there, set the default phone region to ${region}.`,
    phonesCut: (n) =>
      `${n} phone number${n === 1 ? ' was' : 's were'} saved by Excel or WPS in scientific notation (like 1.38123E+10) and lost ${n === 1 ? 'its' : 'their'} last digits, which this table cannot give back: export the list again from where it came from, with the phone column formatted as Text before exporting or pasting.`,
    phonesMasked: (n, example) =>
      `${n} phone number${n === 1 ? ' in the customer table is' : 's in the customer table are'} masked (such as "${example}"), most likely by the platform ${n === 1 ? 'it was' : 'they were'} exported from, which hid some digits: ${n === 1 ? 'it' : 'they'} cannot be called, nor used to find duplicate customers or match orders, and ${n === 1 ? 'is' : 'are'} each listed in the data-quality review. Export the whole numbers from where they came from and run again.`,
    currencies: (named) =>
      `Order amounts are written in ${named.length} currencies (${named.map(([code, n]) => `${code}: ${n} order${n === 1 ? '' : 's'}`).join(', ')}) and were added as they stand, so revenue, M scores, value tiers and CLV are not right. Convert the amounts to one currency first.`,
    spendCurrencies: (named) =>
      `Spend in the customer table is written in ${named.length} currencies (${named.map(([code, n]) => `${code}: ${n} customer${n === 1 ? '' : 's'}`).join(', ')}) and was added as it stands, so M scores, value tiers and revenue are not right. Convert the amounts to one currency first.`,
    topUps: (n, total) =>
      `${n} row${n === 1 ? ' of the orders table is a top-up' : 's of the orders table are top-ups'} (${total} in all), counted in revenue, orders and M scores like purchases. If each use of the member card is also a row, the same money is counted twice: keep either the top-ups or the purchases, then run the report again.`,
    walkIns: (n, total) =>
      `${n} sale${n === 1 ? ' was' : 's were'} to walk-in customers (${total} in all), no customer of the customer table: left out of the customers' figures.`,
    giftCards: (n, total) =>
      `${n} row${n === 1 ? ' of the orders table is a gift card sold' : 's of the orders table are gift cards sold'} (${total} in all): money put on a card, income when the card pays for something, which the table writes as a sale of its own; so ${n === 1 ? 'it is' : 'they are'} left out of revenue, orders and M scores, not to count the same money twice.`,
    heldMoney: (n, total) =>
      `${n} row${n === 1 ? ' of the orders table is' : 's of the orders table are'} a deposit held or a cost paid out for the customer (${total} net): no sales, so left out of revenue, orders and M scores, and a deposit given back is no refund.`,
    payments: (n, total) =>
      `${n} row${n === 1 ? ' of the orders table is a customer paying' : 's of the orders table are customers paying'} off what an earlier sale left owed (${total} in all): counted with that sale, no new one, so left out of revenue, orders and M scores.`,
    topUpsLeftOut: (n, total) =>
      `${n} row${n === 1 ? ' of the orders table is a top-up' : 's of the orders table are top-ups'} (${total} in all): money put on a member card, whose spending the table's purchase lines record, so ${n === 1 ? 'it is' : 'they are'} left out of revenue, orders and M scores, not to count the same money twice.`,
    partialRefunds: (n) =>
      `${n} order${n === 1 ? ' is' : 's are'} marked partially refunded, but the orders table has no refunded-amount column, so how much went back is not known: ${n === 1 ? 'it is' : 'they are'} counted at ${n === 1 ? 'its' : 'their'} whole amount, and revenue and M scores may be a little high. Add a "Refunded amount" column to the orders table and run again.`,
    maskedBuyers: (n, column, example, account) =>
      `${n} order${n === 1 ? ' names its buyer' : 's name their buyer'} only by a masked "${column}" (such as "${example}"), which cannot tell one customer from another, so ${n === 1 ? 'it was' : 'they were'} left out: the platform hid part of each value when exporting, and different buyers' masked values can be the same. ${
        account === null
          ? 'Export the orders with a customer ID, the whole numbers, or an unmasked buyer account (such as "Buyer Username"), and run again.'
          : `The orders' "${account}" tells buyers apart, but the customer table has no platform-account column to match it: add a column headed "Platform account" (or 旺旺号) to the customer table, holding each customer's ${account}, and run again; the orders are then matched by it (the customer table's own customer ID column stays as it is). If the customer table already records the buyers' accounts under another header, head that column "Platform account", or map it with "that header = platformAccount" in the column mapping (the CLI: headerOverrides.customers in the configuration).`
      }`,
    idsAsNames: (column) =>
      `The customer table has no customer ID column, so the orders' "${column}" column was matched to its names, companies and short names (spaces, full-width characters and case aside). Orders that match none are each listed in the data-quality review; if "${column}" holds ids, add a customer ID column to the customer table.`,
    namedBuyers: (n, id, name, first, more) =>
      `${n} order${n === 1 ? ' has' : 's have'} no "${id}" filled in (row${first.length === 1 ? '' : 's'} ${first.join(', ')}${more ? ' and more' : ''}), so ${n === 1 ? 'it was' : 'they were'} matched to the customer by the "${name}" on the same row, as orders naming their buyer by name are: counted only where exactly one customer of the table has that name, and any that match none are listed in the data-quality review. Filling in the ${id} is safer.`,
    groupedRows: (n, first, more) =>
      `${n} order row${n === 1 ? ' has' : 's have'} no customer written (row${first.length === 1 ? '' : 's'} ${first.join(', ')}${more ? ' and more' : ''}): the ledger is grouped by customer, writing the customer once for each group (on its first row, or on a line of its own above it), and the subtotal of ${n === 1 ? 'its group' : 'their groups'} is exactly the sum of the group's rows, so ${n === 1 ? 'it was' : 'each was'} counted for ${n === 1 ? 'its' : 'their'} group's customer. If the ledger is not grouped by customer, check ${n === 1 ? 'that row' : 'those rows'}.`,
    undatedBuyers: (n, noSource) =>
      noSource
        ? `The table has no column for the date of the last purchase (such as "Last purchase date") and no orders were given, so for all ${n} customers who bought, when they last did is unknown. Their R score is left blank and each is counted as at risk, so segments and customer groups are not right either. Add a last-purchase date column, or give the orders table as well.`
        : `${n} customer${n === 1 ? ' who bought has' : 's who bought have'} no date of the last purchase: R is left blank, and the lifecycle stage comes from the first purchase date, or is at risk without any date. Filling in the dates makes the results right.`,
    idsWrittenDifferently: (table, f) => {
      const rows =
        table === 'orders'
          ? f.count === 1
            ? '1 order writes'
            : `${f.count} orders write`
          : f.count === 1
            ? '1 complaint writes'
            : `${f.count} complaints write`;
      return `${rows} the customer id differently from the customer table (full-width characters, case, invisible characters or thousands separators) and ${f.count === 1 ? 'was' : 'were'} counted for the customer the id names: e.g. the customer id "${f.id}" in row ${f.row} of the ${table} table counts as ${f.as} of the customer table.`;
    },
  },
};
