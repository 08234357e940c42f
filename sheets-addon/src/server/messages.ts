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
    mergedHeader: (sheet: string, cells: string) =>
      `工作表“${sheet}”的表头有合并单元格（${cells}）：请先取消合并，每列一个表头。未做任何修改。`,
    formulasInManaged: (sheet: string, column: string, cell: string) =>
      `工作表“${sheet}”的“${column}”列由本工具写入，但 ${cell} 含有公式：请删除公式或重命名该列后再试。未做任何修改。`,
    locked: '另一个任务正在修改这个表格，请稍后再试。',
    formulasInTable: (sheet: string) =>
      `工作表“${sheet}”含有公式，合并重复客户会覆盖公式，已取消。未做任何修改。`,
    done: {
      setup: (sheet: string) => `已创建客户表模板“${sheet}”。`,
      mapping: (sheet: string, mapping: string) => `客户表“${sheet}”的列映射：\n${mapping}`,
      merge: (groups: number, rows: number, backup: string) =>
        `已合并 ${groups} 组完全重复的客户（移除 ${rows} 行），原表已备份到“${backup}”。`,
      digestOn: (hour: number, email: string) => `每日跟进摘要已开启：每天 ${hour} 点发送到 ${email}。`,
      digestOff: '每日跟进摘要已关闭。',
      settings: '设置已保存。',
    },
    confirmMapping: '使用这个列映射吗？',
    keptAsIs: '保留不动',
    unknownJob: (name: string) => `未知的任务：${name}`,
    invalidSettings: (details: string) => `设置无效：${details}`,
    settingsTooLarge: (bytes: number, limit: number) => `设置太大（${bytes} 字节，最多 ${limit} 字节）。`,
    validation: {
      date: '请输入日期',
      email: '请输入有效的邮箱',
      nonNegative: '请输入不小于 0 的数字',
      score: '0–10 分',
    },
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
    mergedHeader: (sheet: string, cells: string) =>
      `The header of "${sheet}" has merged cells (${cells}): unmerge them so each column has its own header. Nothing was changed.`,
    formulasInManaged: (sheet: string, column: string, cell: string) =>
      `The column "${column}" of "${sheet}" is written by this add-on, but ${cell} holds a formula: remove the formula or rename the column and try again. Nothing was changed.`,
    locked: 'Another job is changing this spreadsheet; please try again in a moment.',
    formulasInTable: (sheet: string) =>
      `The sheet "${sheet}" holds formulas, which merging duplicates would overwrite: cancelled. Nothing was changed.`,
    done: {
      setup: (sheet: string) => `Created the customer table template "${sheet}".`,
      mapping: (sheet: string, mapping: string) => `Columns of the customer table "${sheet}":\n${mapping}`,
      merge: (groups: number, rows: number, backup: string) =>
        `Merged ${groups} groups of exact duplicates (${rows} rows removed); the table was first copied to "${backup}".`,
      digestOn: (hour: number, email: string) =>
        `Daily follow-up digest on: sent to ${email} every day at ${hour}:00.`,
      digestOff: 'Daily follow-up digest off.',
      settings: 'Settings saved.',
    },
    confirmMapping: 'Use this column mapping?',
    keptAsIs: 'kept as is',
    unknownJob: (name: string) => `Unknown job: ${name}`,
    invalidSettings: (details: string) => `Invalid settings: ${details}`,
    settingsTooLarge: (bytes: number, limit: number) =>
      `Settings are too large (${bytes} bytes; at most ${limit}).`,
    validation: {
      date: 'Enter a date',
      email: 'Enter a valid email',
      nonNegative: 'Enter a number ≥ 0',
      score: 'A score from 0 to 10',
    },
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
