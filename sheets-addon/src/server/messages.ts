import type { Language } from '@crm/shared';

/** Every text the add-on shows outside the sidebar (menu, alerts, toasts, digest mail). */
export const MESSAGES = {
  zh: {
    menuTitle: '客户管理',
    openSidebar: '打开侧边栏',
    setup: '设置客户表',
    clean: '清洗数据',
    classify: '客户分类',
    followUps: '生成跟进任务',
    report: '一键生成报告',
    alertTitle: '客户管理',
    emptySheet: (sheet: string) =>
      `工作表“${sheet}”是空的：请在第 1 行填写表头（如 客户编号、姓名、手机、最近购买日期、消费金额），从第 2 行开始每行一位客户。`,
    noRows: (sheet: string) => `工作表“${sheet}”只有表头，没有客户数据。`,
    noCustomerSheet: '没有找到客户表：请打开客户表所在的工作表，或用“设置客户表”创建模板。',
    settingsSheetMissing: (sheet: string) =>
      `设置中选择的客户表“${sheet}”不存在，请在侧边栏的设置中重新选择。`,
    mergedHeader: (sheet: string, cells: string) =>
      `工作表“${sheet}”的表头有合并单元格（${cells}）：请先取消合并，每列一个表头。未做任何修改。`,
    formulasInManaged: (sheet: string, column: string, cell: string) =>
      `工作表“${sheet}”的“${column}”列由本工具写入，但 ${cell} 含有公式：请删除公式或重命名该列后再试。未做任何修改。`,
    headerNotRecognised: (sheet: string, found: string) =>
      `无法识别工作表“${sheet}”的表头。找到：${found}。至少需要以下一列：客户编号、姓名、公司、手机、电话或邮箱（也可在设置中添加列名映射）。未做任何修改。`,
    locked: '另一个任务正在修改这个表格，请稍后再试。',
    formulasInTable: (sheet: string) =>
      `工作表“${sheet}”含有公式，合并重复客户会覆盖公式，已取消。未做任何修改。`,
    done: {
      setup: (sheet: string) => `已创建客户表模板“${sheet}”。`,
      mapping: (sheet: string, mapping: string) => `客户表“${sheet}”的列映射：\n${mapping}`,
      clean: (sheet: string, n: number) => `数据质量检查完成：发现 ${n} 个问题，见“${sheet}”。`,
      merge: (groups: number, rows: number, backup: string) =>
        `已合并 ${groups} 组完全重复的客户（移除 ${rows} 行），原表已备份到“${backup}”。`,
      classify: (n: number) => `已为 ${n} 位客户写入分类列。`,
      followUps: (n: number, overdue: number, sheet: string) =>
        `已生成 ${n} 项跟进任务（逾期 ${overdue} 项），见“${sheet}”。`,
      report: (sheet: string) => `报告已生成：“${sheet}”。`,
      digestOn: (hour: number, email: string) => `每日跟进摘要已开启：每天 ${hour} 点发送到 ${email}。`,
      digestOff: '每日跟进摘要已关闭。',
      settings: '设置已保存。',
    },
    confirmMapping: '使用这个列映射吗？',
    digestSubject: (today: string, n: number) => `今日跟进 ${today}：${n} 项到期或逾期`,
    digestIntro: (n: number, overdue: number) =>
      `今天有 ${n} 项跟进任务到期或逾期（其中逾期 ${overdue} 项）：`,
    digestMore: (n: number) => `……另有 ${n} 项，见表格中的“跟进任务”工作表。`,
    digestQuota: '今日邮件配额已用完，未发送摘要。',
    digestNothing: '今天没有到期的跟进任务，未发送摘要。',
  },
  en: {
    menuTitle: 'Customer tools',
    openSidebar: 'Open sidebar',
    setup: 'Set up customer table',
    clean: 'Clean data',
    classify: 'Classify customers',
    followUps: 'Build follow-ups',
    report: 'Generate report',
    alertTitle: 'Customer tools',
    emptySheet: (sheet: string) =>
      `The sheet "${sheet}" is empty: put a header in row 1 (e.g. Customer ID, Name, Mobile, Last purchase date, Total spend) and one customer per row from row 2.`,
    noRows: (sheet: string) => `The sheet "${sheet}" has a header but no customer rows.`,
    noCustomerSheet:
      'No customer table found: open the sheet that holds your customers, or create a template with "Set up customer table".',
    settingsSheetMissing: (sheet: string) =>
      `The customer sheet "${sheet}" chosen in the settings does not exist any more; choose another one in the sidebar settings.`,
    mergedHeader: (sheet: string, cells: string) =>
      `The header of "${sheet}" has merged cells (${cells}): unmerge them so each column has its own header. Nothing was changed.`,
    formulasInManaged: (sheet: string, column: string, cell: string) =>
      `The column "${column}" of "${sheet}" is written by this add-on, but ${cell} holds a formula: remove the formula or rename the column and try again. Nothing was changed.`,
    headerNotRecognised: (sheet: string, found: string) =>
      `The header of "${sheet}" is not recognised. Found: ${found}. It needs at least one of Customer ID, Name, Company, Mobile, Phone or Email (or add a column mapping in the settings). Nothing was changed.`,
    locked: 'Another job is changing this spreadsheet; please try again in a moment.',
    formulasInTable: (sheet: string) =>
      `The sheet "${sheet}" holds formulas, which merging duplicates would overwrite: cancelled. Nothing was changed.`,
    done: {
      setup: (sheet: string) => `Created the customer table template "${sheet}".`,
      mapping: (sheet: string, mapping: string) => `Columns of the customer table "${sheet}":\n${mapping}`,
      clean: (sheet: string, n: number) => `Data quality review done: ${n} problems, see "${sheet}".`,
      merge: (groups: number, rows: number, backup: string) =>
        `Merged ${groups} groups of exact duplicates (${rows} rows removed); the table was first copied to "${backup}".`,
      classify: (n: number) => `Wrote the classification columns for ${n} customers.`,
      followUps: (n: number, overdue: number, sheet: string) =>
        `Planned ${n} follow-up tasks (${overdue} overdue), see "${sheet}".`,
      report: (sheet: string) => `Report ready: "${sheet}".`,
      digestOn: (hour: number, email: string) =>
        `Daily follow-up digest on: sent to ${email} every day at ${hour}:00.`,
      digestOff: 'Daily follow-up digest off.',
      settings: 'Settings saved.',
    },
    confirmMapping: 'Use this column mapping?',
    digestSubject: (today: string, n: number) => `Follow-ups for ${today}: ${n} due or overdue`,
    digestIntro: (n: number, overdue: number) =>
      `${n} follow-up tasks are due or overdue today (${overdue} overdue):`,
    digestMore: (n: number) => `…and ${n} more: see the "Follow-ups" sheet of the spreadsheet.`,
    digestQuota: 'The daily mail quota is used up; no digest was sent.',
    digestNothing: 'No follow-ups due today; no digest was sent.',
  },
} as const;

export type Messages = (typeof MESSAGES)[Language];

/** zh for a Chinese spreadsheet locale (zh_CN, zh_TW, zh_HK, …), English otherwise. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return /^zh/i.test(locale ?? '') ? 'zh' : 'en';
}
