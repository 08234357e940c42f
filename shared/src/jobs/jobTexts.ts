import type { Language } from '../model/keys.ts';
import type { TableRole } from '../model/table.ts';
import type { ContactKind } from '../table/readerProblem.ts';
import type { JobProblem } from './jobProblem.ts';

type ProblemTexts = { [P in JobProblem as P['code']]: (problem: P) => string };

interface JobTexts {
  tables: Record<TableRole, string>;
  problems: ProblemTexts;
  list: (items: string[]) => string;
  /** What a job did, one line for a toast or a terminal. */
  done: {
    classify: (customers: number) => string;
    clean: (problems: number, sheet: string) => string;
    followups: (tasks: number, overdue: number, sheet: string) => string;
    report: (sheet: string) => string;
  };
  /** Sheets that look like purchases but name no buyer, left unread (WorkbookLocation). */
  ordersPassedOver: (sheets: readonly { sheet: string; header: readonly string[] }[]) => string;
}

/** What the orders name their buyers by, where it is not a customer id. */
/**
 * Whether an orders header lacks its buyer column alone (the required columns are listed with the
 * customer id first): it may head a report grouped under the customers' headings, whose groups
 * did not add up.
 */
function lacksOnlyBuyer(p: Extract<JobProblem, { code: 'header-not-recognised' }>): boolean {
  return p.role === 'orders' && p.missing?.length === 1 && p.missing[0] === p.expected[0];
}

const BUYER_ZH = { email: '邮箱', phone: '手机号', name: '客户名称' } satisfies Record<ContactKind, string>;
const BUYER_EN: typeof BUYER_ZH = { email: 'email', phone: 'phone number', name: 'customer name' };

const quote = {
  zh: (text: string) => `“${text}”`,
  en: (text: string) => `"${text}"`,
} satisfies Record<Language, (text: string) => string>;

/** What the job layer says when it cannot start, in every language the toolkit speaks. */
export const JOB_TEXTS: Record<Language, JobTexts> = {
  zh: {
    tables: { customers: '客户表', orders: '订单表', complaints: '投诉表' },
    list: (items) => items.join('、'),
    ordersPassedOver: (sheets) =>
      `${sheets.map((s) => `工作表${quote.zh(s.sheet)}（${s.header.slice(0, 8).map(quote.zh).join('、')}）`).join('；')}像是订单，有日期和金额，却没有哪一列写明是哪位客户的，所以没有读入：客户只按客户表本身的列分类，那里的购买没有计入。若它记的是客户的购买，请把写客户的那一列的表头改为“客户编号”（或客户名称、手机号、邮箱），或在设置中添加列名映射（命令行：配置的 headerOverrides.orders），再运行。`,
    done: {
      classify: (n) => `已为 ${n} 位客户写入分类列。`,
      clean: (n, sheet) => `数据质量检查完成：发现 ${n} 个问题，见${quote.zh(sheet)}。`,
      followups: (n, overdue, sheet) =>
        `已生成 ${n} 项跟进任务（逾期 ${overdue} 项），见${quote.zh(sheet)}。`,
      report: (sheet) => `报告已生成：${quote.zh(sheet)}。`,
    },
    problems: {
      'sheet-missing': (p) =>
        `找不到指定的${JOB_TEXTS.zh.tables[p.role]}工作表${quote.zh(p.sheet)}（现有：${JOB_TEXTS.zh.list(p.sheets.map(quote.zh)) || '无'}）。请检查设置或 --sheet 参数。未做任何修改。`,
      'no-customer-sheet': (p) =>
        `没有找到客户表：以下工作表的表头都没有客户编号、姓名、公司、手机、电话或邮箱列——${
          p.looked
            .map((l) => `${quote.zh(l.sheet)}（${l.header.slice(0, 6).join('、') || '空'}）`)
            .join('；') || '没有工作表'
        }。请在表头写上这些列名之一，或在设置中添加列名映射。未做任何修改。`,
      'header-not-recognised': (p) =>
        `无法识别${JOB_TEXTS.zh.tables[p.role]}${quote.zh(p.sheet)}的表头。找到：${
          p.found.map(quote.zh).join('、') || '（空行）'
        }。需要的列：${p.expected.join('、')}${p.missing === undefined ? '' : `，缺少：${p.missing.join('、')}`}${
          p.role === 'orders'
            ? '；没有客户编号列时，也可用邮箱、手机号或客户名称列对应客户（客户表也需要这一列）'
            : ''
        }${
          lacksOnlyBuyer(p)
            ? '；按客户分组、客户单独写在每组上方一行的报表也能读，但每组的小计须正好等于组内各行金额之和，这张表没有这样的组'
            : ''
        }（也可在设置中添加列名映射）。未做任何修改。`,
      'customers-lack-buyer-column': (p) =>
        `订单表${quote.zh(p.ordersSheet)}没有客户编号列，按${quote.zh(p.column)}列（${
          BUYER_ZH[p.by]
        }）对应客户；客户表${quote.zh(p.sheet)}也需要这一列，但它的表头里没有。找到：${
          p.found.map(quote.zh).join('、') || '（空行）'
        }。请在客户表加上 ${p.expected.join(' 或 ')} 列，或在订单表加上客户编号列。未做任何修改。`,
      'empty-sheet': (p) =>
        `工作表${quote.zh(p.sheet)}是空的：请在第一行填写表头（如 客户编号、姓名、手机、最近购买日期、消费金额），下面每行一位客户。`,
      'no-rows': (p) => `工作表${quote.zh(p.sheet)}只有表头，没有客户数据。`,
    },
  },
  en: {
    tables: { customers: 'customer table', orders: 'orders table', complaints: 'complaints table' },
    list: (items) => items.join(', '),
    ordersPassedOver: (sheets) =>
      `${sheets.map((s) => `Sheet ${quote.en(s.sheet)} (${s.header.slice(0, 8).map(quote.en).join(', ')})`).join('; ')} ${sheets.length === 1 ? 'looks' : 'look'} like orders, with a date and an amount, but no column says whose order each row is, so ${sheets.length === 1 ? 'it was' : 'they were'} not read: the customers were classified on the customer table's own columns alone, without ${sheets.length === 1 ? 'its' : 'their'} purchases. If ${sheets.length === 1 ? 'it records' : 'they record'} customers' purchases, head the column that names the customer "Customer ID" (or customer name, mobile or email), or map it in the column mapping (the CLI: headerOverrides.orders in the configuration), and run again.`,
    done: {
      classify: (n) => `Classification columns written for ${n} customer${n === 1 ? '' : 's'}.`,
      clean: (n, sheet) =>
        `Data quality review done: ${n} problem${n === 1 ? '' : 's'} found, see ${quote.en(sheet)}.`,
      followups: (n, overdue, sheet) =>
        `${n} follow-up task${n === 1 ? '' : 's'} planned (${overdue} overdue), see ${quote.en(sheet)}.`,
      report: (sheet) => `Report written: ${quote.en(sheet)}.`,
    },
    problems: {
      'sheet-missing': (p) =>
        `The ${JOB_TEXTS.en.tables[p.role]} sheet ${quote.en(p.sheet)} does not exist (sheets: ${
          JOB_TEXTS.en.list(p.sheets.map(quote.en)) || 'none'
        }). Check the settings or --sheet. Nothing was changed.`,
      'no-customer-sheet': (p) =>
        `No customer table found: none of these sheets has a Customer ID, Name, Company, Mobile, Phone or Email column in its header — ${
          p.looked
            .map((l) => `${quote.en(l.sheet)} (${l.header.slice(0, 6).join(', ') || 'empty'})`)
            .join('; ') || 'no sheets'
        }. Name one of those columns, or add a column mapping in the settings. Nothing was changed.`,
      'header-not-recognised': (p) =>
        `The header of the ${JOB_TEXTS.en.tables[p.role]} ${quote.en(p.sheet)} is not recognised. Found: ${
          p.found.map(quote.en).join(', ') || '(an empty row)'
        }. It needs: ${p.expected.join(', ')}${p.missing === undefined ? '' : ` (missing: ${p.missing.join(', ')})`}${
          p.role === 'orders'
            ? '; without a customer ID column, an Email, Mobile or Customer Name column can match the orders to customers instead (the customer table needs it too)'
            : ''
        }${
          lacksOnlyBuyer(p)
            ? "; a report grouped by customer, with the customer on a line of its own above each group, is read too where each group's subtotal is exactly the sum of its lines, and this one has no such group"
            : ''
        } (or add a column mapping in the settings). Nothing was changed.`,
      'customers-lack-buyer-column': (p) =>
        `The orders table ${quote.en(p.ordersSheet)} has no customer ID column, so its orders are matched to customers by the column ${quote.en(p.column)} (${
          BUYER_EN[p.by]
        }); the customer table ${quote.en(p.sheet)} needs that column too, but its header has none. Found: ${
          p.found.map(quote.en).join(', ') || '(an empty row)'
        }. Add a ${p.expected.join(' or ')} column to the customer table, or a customer ID column to the orders. Nothing was changed.`,
      'empty-sheet': (p) =>
        `The sheet ${quote.en(p.sheet)} is empty: put a header in the first row (e.g. Customer ID, Name, Mobile, Last purchase date, Total spend) and one customer per row below it.`,
      'no-rows': (p) => `The sheet ${quote.en(p.sheet)} has a header but no customer rows.`,
    },
  },
};

/** The problem in the user's language. */
export function jobProblemText(problem: JobProblem, language: Language): string {
  const text = JOB_TEXTS[language].problems[problem.code] as (p: JobProblem) => string;
  return text(problem);
}
