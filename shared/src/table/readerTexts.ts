import type { Language } from '../model/keys.ts';
import type { CheckedValue, ContactKind, IdAt, ReaderProblem } from './readerProblem.ts';

type ProblemTexts = { [P in ReaderProblem as P['code']]: (problem: P) => string };

const VALUES_ZH = {
  'first-purchase': '首次购买日期',
  'last-purchase': '最近购买日期',
  'last-contact': '最近联系日期',
  birthday: '生日',
  'complaint-date': '投诉日期',
  'complaint-stage-date': '投诉阶段日期',
  'complaint-closed-date': '投诉关闭日期',
  'order-date': '下单日期',
  'closed-date': '关闭日期',
  'stage-date': '阶段日期',
  'order-count': '订单数',
  'total-spend': '消费金额',
} satisfies Record<CheckedValue, string>;

const VALUES_EN: typeof VALUES_ZH = {
  'first-purchase': 'first purchase',
  'last-purchase': 'last purchase',
  'last-contact': 'last contact',
  birthday: 'birthday',
  'complaint-date': 'complaint date',
  'complaint-stage-date': 'complaint stage date',
  'complaint-closed-date': 'complaint closed date',
  'order-date': 'order date',
  'closed-date': 'closed date',
  'stage-date': 'stage date',
  'order-count': 'the number of orders',
  'total-spend': 'total spend',
};

const CONTACT_ZH = { email: '邮箱', phone: '手机号', name: '客户名称' } satisfies Record<ContactKind, string>;
const CONTACT_EN: typeof CONTACT_ZH = { email: 'email', phone: 'phone number', name: 'customer name' };

const zh = {
  /** A column without a header text, named by its place. */
  column: (n: number) => `第 ${n} 列`,
  problems: {
    'future-date': (p) => `${VALUES_ZH[p.value]} ${p.date} 在今天之后（今天是 ${p.today}）`,
    negative: (p) => `${VALUES_ZH[p.value]}不能为负数（${p.number}）`,
    'not-whole': (p) => `${VALUES_ZH[p.value]}必须是整数，不能是 ${p.number}`,
    'first-after-last': (p) => `首次购买日期 ${p.first} 晚于最近购买日期 ${p.last}；已忽略首次购买日期`,
    'no-orders-yet-purchase': (p) => `订单数为 0，但 ${p.date} 有购买记录；已忽略订单数`,
    'closed-before-opened': (p) => `投诉关闭日期 ${p.closed} 早于投诉日期 ${p.opened}`,
    'order-without-customer': () => '订单缺少客户编号：请填写这笔订单所属客户的编号',
    'order-without-date': () => '订单缺少日期：请填写如 2024-03-05 的日期',
    'order-without-amount': () => '订单缺少金额：请填写如 1234.50 的金额',
    'complaint-without-customer': () => '投诉缺少客户编号：请填写提出投诉的客户的编号',
    'complaint-unknown-customer': (p) => `客户编号 ${p.id} 不在客户表中`,
    'orders-unknown-customer': (p) =>
      `客户编号 ${p.id} 不在客户表中：其 ${p.orders} 笔订单（合计 ${p.amount}）未计入统计`,
    'order-without-contact': (p) =>
      `订单缺少买家${CONTACT_ZH[p.by]}：订单表没有客户编号列，按${CONTACT_ZH[p.by]}对应客户，请填写下单客户的${CONTACT_ZH[p.by]}`,
    'orders-unknown-contact': (p) =>
      `${CONTACT_ZH[p.by]} ${p.id} 不在客户表中：其 ${p.orders} 笔订单（合计 ${p.amount}）未计入统计${
        p.near === undefined
          ? ''
          : `。客户表第 ${p.near.row} 行的“${p.near.name}”只差一个字：若是同一人，请把两处写成一样`
      }`,
    'orders-ambiguous-contact': (p) =>
      `${CONTACT_ZH[p.by]} ${p.id} 在客户表中有 ${p.rows.length} 行（第 ${p.rows.join('、')} 行），无法确定是哪位客户：其 ${p.orders} 笔订单（合计 ${p.amount}）未计入统计。${p.idColumn === undefined ? '若是同一客户，请合并这几行；否则请给两张表都加上客户编号列' : `请填上这些订单的“${p.idColumn}”`}`,
    'orders-unknown-account': (p) =>
      `平台账号 ${p.id} 不在客户表的平台账号列中：其 ${p.orders} 笔订单（合计 ${p.amount}）未计入统计`,
    'orders-ambiguous-customer': (p) =>
      `客户编号 ${p.id} 与客户表中写法不同的 ${p.matches.length} 个编号都对得上（${idsAtZh(p.matches)}），无法确定是哪位客户：其 ${p.orders} 笔订单（合计 ${p.amount}）未计入统计，请按客户表的写法填写编号`,
    'orders-scientific-customer': (p) =>
      `客户编号 ${p.id} 被 Excel 或 WPS 存成了科学计数法，末尾的数字已丢失，无法确定是哪位客户：其 ${p.orders} 笔订单（合计 ${p.amount}）未计入统计。请从原始系统重新导出，或在导出、粘贴前先把客户编号列设为“文本”格式`,
    'complaint-ambiguous-customer': (p) =>
      `客户编号 ${p.id} 与客户表中写法不同的 ${p.matches.length} 个编号都对得上（${idsAtZh(p.matches)}），无法确定是哪位客户：请按客户表的写法填写编号`,
    'complaint-scientific-customer': (p) =>
      `客户编号 ${p.id} 被 Excel 或 WPS 存成了科学计数法，末尾的数字已丢失，无法确定是哪位客户：请填写完整的客户编号`,
    'id-written-differently': (p) =>
      `客户编号 ${p.id} 与第 ${p.other.row} 行的 ${p.other.id} 是同一个编号，只是写法不同（全角字符、不可见字符或千位分隔符）：请合并这两行或统一写法，否则订单和投诉会分开计入`,
    'id-differs-in-case': (p) =>
      `客户编号 ${p.id} 与第 ${p.other.row} 行的 ${p.other.id} 只差大小写，按两位客户处理；订单或投诉里写法不同的这个编号无法确定是哪位客户，不计入。若是同一客户，请合并这两行`,
    'formula-without-value': (p) =>
      `公式 =${p.formula} 没有保存计算结果（文件由程序生成，或保存前没有重新计算），按空值处理：请在 Excel 或 WPS 中打开并保存该文件后再运行`,
  } satisfies ProblemTexts,
};

const en: typeof zh = {
  column: (n) => `column ${n}`,
  problems: {
    'future-date': (p) => `${VALUES_EN[p.value]} ${p.date} is in the future (today is ${p.today})`,
    negative: (p) => `${VALUES_EN[p.value]} cannot be negative (${p.number})`,
    'not-whole': (p) => `${VALUES_EN[p.value]} must be a whole number, not ${p.number}`,
    'first-after-last': (p) =>
      `first purchase ${p.first} is after the last purchase ${p.last}; the first purchase date is ignored`,
    'no-orders-yet-purchase': (p) => `0 orders, yet a purchase on ${p.date}; the order count is ignored`,
    'closed-before-opened': (p) => `complaint closed ${p.closed}, before it was opened ${p.opened}`,
    'order-without-customer': () => 'an order needs the customer id it belongs to',
    'order-without-date': () => 'an order needs a date such as 2024-03-05',
    'order-without-amount': () => 'an order needs an amount such as 1234.50',
    'complaint-without-customer': () => 'a complaint needs the id of the customer who made it',
    'complaint-unknown-customer': (p) => `customer id ${p.id} is not in the customer table`,
    'orders-unknown-customer': (p) =>
      `${p.orders === 1 ? '1 order' : `${p.orders} orders`} (total ${p.amount}) for customer id ${p.id}, which is not in the customer table; left out of the statistics`,
    'order-without-contact': (p) =>
      `an order needs the ${CONTACT_EN[p.by]} of its buyer: the orders table has no customer id column, so orders are matched to customers by ${CONTACT_EN[p.by]}`,
    'orders-unknown-contact': (p) =>
      `${p.orders === 1 ? '1 order' : `${p.orders} orders`} (total ${p.amount}) for ${CONTACT_EN[p.by]} ${p.id}, which is not in the customer table; left out of the statistics${
        p.near === undefined
          ? ''
          : `. Row ${p.near.row} of the customer table has "${p.near.name}", one character apart: if it is the same person, write it the same way in both`
      }`,
    'orders-ambiguous-contact': (p) =>
      `${p.orders === 1 ? '1 order' : `${p.orders} orders`} (total ${p.amount}) for ${CONTACT_EN[p.by]} ${p.id}, which ${p.rows.length} rows of the customer table have (rows ${p.rows.join(', ')}), so whose they are is unclear; left out of the statistics: ${p.idColumn === undefined ? 'merge the rows if they are one customer, else add a customer ID column to both tables' : `fill in the "${p.idColumn}" of ${p.orders === 1 ? 'the order' : 'those orders'}`}`,
    'orders-unknown-account': (p) =>
      `${p.orders === 1 ? '1 order' : `${p.orders} orders`} (total ${p.amount}) for platform account ${p.id}, which is not in the customer table's platform-account column; left out of the statistics`,
    'orders-ambiguous-customer': (p) =>
      `${p.orders === 1 ? '1 order' : `${p.orders} orders`} (total ${p.amount}) for customer id ${p.id}, which matches ${p.matches.length} ids of the customer table written differently (${idsAtEn(p.matches)}), so whose they are is unclear; left out of the statistics: write the id as the customer table does`,
    'orders-scientific-customer': (p) =>
      `${p.orders === 1 ? '1 order' : `${p.orders} orders`} (total ${p.amount}) for customer id ${p.id}, which Excel or WPS saved in scientific notation and so lost its last digits; whose they are is unknown, left out of the statistics. Export the orders again from where they came from, with the customer id column formatted as Text before exporting or pasting`,
    'complaint-ambiguous-customer': (p) =>
      `customer id ${p.id} matches ${p.matches.length} ids of the customer table written differently (${idsAtEn(p.matches)}), so whose complaint it is is unclear: write the id as the customer table does`,
    'complaint-scientific-customer': (p) =>
      `customer id ${p.id} was saved by Excel or WPS in scientific notation and lost its last digits, so whose complaint it is is unknown: write the whole customer id`,
    'id-written-differently': (p) =>
      `customer id ${p.id} is the id ${p.other.id} of row ${p.other.row} written differently (full-width characters, invisible characters or thousands separators): merge the two rows or write the id one way, else their orders and complaints are counted apart`,
    'id-differs-in-case': (p) =>
      `customer id ${p.id} differs from ${p.other.id} of row ${p.other.row} only in case, so they are two customers; an order or complaint that writes this id another way cannot be told apart and is not counted. If they are one customer, merge the two rows`,
    'formula-without-value': (p) =>
      `the formula =${p.formula} has no saved value (the file was written by a program or saved without recalculating), so it reads as empty: open the file in Excel or WPS, save it and run again`,
  },
};

/** The ids an id could be, as 第 2 行 C001、第 5 行 c001. */
function idsAtZh(ids: readonly IdAt[]): string {
  return ids.map((at) => `第 ${at.row} 行 ${at.id}`).join('、');
}

/** The ids an id could be, as row 2 C001, row 5 c001. */
function idsAtEn(ids: readonly IdAt[]): string {
  return ids.map((at) => `row ${at.row} ${at.id}`).join(', ');
}

/** What the table readers say about a row, in every language the toolkit speaks. */
export const READER_TEXTS: Record<Language, typeof zh> = { zh, en };

/** A reader's problem as one sentence in the user's language. */
export function readerProblemText(problem: ReaderProblem, language: Language): string {
  const text = READER_TEXTS[language].problems[problem.code] as (p: ReaderProblem) => string;
  return text(problem);
}
