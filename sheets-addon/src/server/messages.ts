import type { Language } from '@crm/shared';
import type { SheetChange } from './sheetChange.ts';

/** What changed, in the Chinese message: the header of a column, the last row, or a row's customer. */
function zhChange(change: SheetChange): string {
  const text = (t: string) => (t === '' ? '（空）' : `“${t}”`);
  switch (change.kind) {
    case 'header':
      return `${change.column} 列的表头原为${text(change.was)}，现在是${text(change.now)}（例如有人插入、删除或移动了列）`;
    case 'last-row':
      return `最后一行原是第 ${change.was} 行，现在是第 ${change.now} 行（例如有人插入、删除或添加了行）`;
    case 'row':
      return `第 ${change.row} 行已不是读取时的那位客户（例如有人排序、插入或删除了行）`;
    case 'cell':
      return `${change.cell} 原为空，现在是${text(change.now)}`;
  }
}

function enChange(change: SheetChange): string {
  const text = (t: string) => (t === '' ? '(empty)' : `"${t}"`);
  switch (change.kind) {
    case 'header':
      return `the header of column ${change.column} was ${text(change.was)} and is now ${text(change.now)} (someone inserted, deleted or moved a column)`;
    case 'last-row':
      return `its last row was row ${change.was} and is now row ${change.now} (someone inserted, deleted or added rows)`;
    case 'row':
      return `row ${change.row} no longer holds the customer it held (someone sorted, inserted or deleted rows)`;
    case 'cell':
      return `${change.cell} was empty and now holds ${text(change.now)}`;
  }
}

/**
 * Every text the add-on shows outside the sidebar (menu, alerts, toasts, digest mail). Failures
 * say what happened, whether anything changed and what to do; the English catalogue is typed
 * from the Chinese one, so a missing text does not compile.
 */
const zh = {
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
  protectedCells: (sheet: string, cells: string) =>
    `工作表“${sheet}”的 ${cells} 受保护，您没有编辑权限，而本任务需要写入这些单元格。请让表格所有者取消保护或把您加为编辑者，然后重试。未做任何修改。`,
  rowsMoved: (sheet: string) =>
    `计算期间工作表“${sheet}”的行被移动过（例如有人排序、插入或删除了行），结果会写到别的客户行上，已取消。请等其他人编辑完后重新运行。未做任何修改。`,
  sheetChanged: (sheet: string, change: SheetChange) =>
    `任务运行期间，工作表“${sheet}”被人改动了：${zhChange(change)}。现在写入会覆盖别人的内容或写错位置，已取消。请等其他人编辑完后重新运行。未做任何修改。`,
  sheetNameTaken: (existing: string, wanted: string) =>
    `已有工作表“${existing}”。Google 表格的工作表名称不区分大小写，因此无法再建立“${wanted}”。请重命名或删除“${existing}”后再试。未做任何修改。`,
  cellLimit: (needed: number) =>
    `表格将超过 Google 表格 1000 万个单元格的上限（还需要 ${needed.toLocaleString('zh-CN')} 个）。请删除不用的工作表、行或列后再试。未做任何修改。`,
  failure: {
    protected: '要写入的单元格受保护，您没有编辑权限。请让表格所有者取消保护或把您加为编辑者，然后重试。',
    cellLimit: '表格已达到 Google 表格 1000 万个单元格的上限。请删除不用的工作表、行或列后再试。',
    timeout:
      '任务超过了 Google 规定的 6 分钟运行时间。请稍后重试；数据很多时，可以先关闭“预测存活概率/终身价值”。',
    service: 'Google 表格服务暂时出错。请稍后重试。',
    quota: '今天调用 Google 服务的次数已达上限。请明天再试。',
    permission: '本工具缺少所需的授权。请在“扩展程序”菜单中重新打开本工具并完成授权。',
    unexpected: '出现了意外错误。请稍后重试；如果仍然出错，请把下面的信息发给管理员。',
    wrap: (what: string, detail: string) => `任务未完成：${what}\n（${detail}）`,
  },
  done: {
    setup: (sheet: string) => `已创建客户表模板“${sheet}”。`,
    mapping: (sheet: string, mapping: string) => `客户表“${sheet}”的列映射：\n${mapping}`,
    merge: (groups: number, rows: number, backup: string) =>
      `已合并 ${groups} 组完全重复的客户（移除 ${rows} 行），原表已备份到“${backup}”。`,
    digestOn: (hour: number, timeZone: string, email: string) =>
      `每日跟进摘要已开启：每天 ${hour} 点（${timeZone} 时间）发送到 ${email}。`,
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
  digest: {
    subject: (today: string, n: number) => `今日跟进 ${today}：${n} 项到期或逾期`,
    intro: (n: number, overdue: number) => `今天有 ${n} 项跟进任务到期或逾期（其中逾期 ${overdue} 项）：`,
    more: (n: number) => `……另有 ${n} 项，见表格中的“跟进任务”工作表。`,
    customer: (name: string, row: number) => `${name}（第 ${row} 行）`,
    row: (row: number) => `第 ${row} 行的客户`,
    quota: '今日邮件配额已用完，未发送摘要。',
    nothing: '今天没有到期的跟进任务，未发送摘要。',
    failedSubject: (spreadsheet: string) => `每日跟进摘要未能生成：${spreadsheet}`,
    failedBody: (reason: string, url: string) =>
      `今天的跟进摘要没有生成：\n${reason}\n\n请打开表格检查客户表：${url}\n如不再需要摘要，可在侧边栏中关闭。`,
    gone: '找不到开启摘要的表格（可能已删除或您已无权访问），每日摘要已自动关闭。',
  },
};

export type Messages = typeof zh;

const en: Messages = {
  menuTitle: 'Customer tools',
  openSidebar: 'Open sidebar',
  setup: 'Set up customer table',
  clean: 'Clean data',
  classify: 'Classify customers',
  followUps: 'Build follow-ups',
  report: 'Generate report',
  alertTitle: 'Customer tools',
  mergedHeader: (sheet, cells) =>
    `The header of "${sheet}" has merged cells (${cells}): unmerge them so each column has its own header. Nothing was changed.`,
  formulasInManaged: (sheet, column, cell) =>
    `The column "${column}" of "${sheet}" is written by this add-on, but ${cell} holds a formula: remove the formula or rename the column and try again. Nothing was changed.`,
  locked: 'Another job is changing this spreadsheet; please try again in a moment.',
  formulasInTable: (sheet) =>
    `The sheet "${sheet}" holds formulas, which merging duplicates would overwrite: cancelled. Nothing was changed.`,
  protectedCells: (sheet, cells) =>
    `${cells} on "${sheet}" is protected and you may not edit it, but this job needs to write there. Ask the spreadsheet's owner to remove the protection or to add you as an editor, then try again. Nothing was changed.`,
  rowsMoved: (sheet) =>
    `Rows of "${sheet}" moved while the job was running (someone sorted, inserted or deleted rows), so results would land on other customers' rows: cancelled. Run it again once others have finished editing. Nothing was changed.`,
  sheetChanged: (sheet, change) =>
    `"${sheet}" was changed while the job was running: ${enChange(change)}. Writing now could overwrite their work or put values in the wrong places: cancelled. Run it again once others have finished editing. Nothing was changed.`,
  sheetNameTaken: (existing, wanted) =>
    `There is already a sheet named "${existing}". Google Sheets treats sheet names that differ only in letter case as the same name, so "${wanted}" cannot be made. Rename or delete "${existing}" and try again. Nothing was changed.`,
  cellLimit: (needed) =>
    `The spreadsheet would pass Google Sheets' limit of 10 million cells (${needed.toLocaleString('en-US')} more needed). Delete unused sheets, rows or columns and try again. Nothing was changed.`,
  failure: {
    protected:
      'The cells to write are protected and you may not edit them. Ask the spreadsheet’s owner to remove the protection or to add you as an editor, then try again.',
    cellLimit:
      'The spreadsheet has reached Google Sheets’ limit of 10 million cells. Delete unused sheets, rows or columns and try again.',
    timeout:
      'The job ran past Google’s 6-minute limit. Try again later; with a lot of data, turning off the P(alive)/CLV prediction first helps.',
    service: 'Google Sheets had a temporary problem. Please try again in a moment.',
    quota: 'Today’s quota of Google service calls is used up. Please try again tomorrow.',
    permission:
      'The add-on lacks an authorisation it needs. Open it again from the Extensions menu and authorise it.',
    unexpected:
      'Something unexpected went wrong. Try again later; if it keeps failing, send the details below to your administrator.',
    wrap: (what, detail) => `The job did not finish: ${what}\n(${detail})`,
  },
  done: {
    setup: (sheet) => `Created the customer table template "${sheet}".`,
    mapping: (sheet, mapping) => `Columns of the customer table "${sheet}":\n${mapping}`,
    merge: (groups, rows, backup) =>
      `Merged ${groups} groups of exact duplicates (${rows} rows removed); the table was first copied to "${backup}".`,
    digestOn: (hour, timeZone, email) =>
      `Daily follow-up digest on: sent to ${email} every day at ${hour}:00 (${timeZone} time).`,
    digestOff: 'Daily follow-up digest off.',
    settings: 'Settings saved.',
  },
  confirmMapping: 'Use this column mapping?',
  keptAsIs: 'kept as is',
  unknownJob: (name) => `Unknown job: ${name}`,
  invalidSettings: (details) => `Invalid settings: ${details}`,
  settingsTooLarge: (bytes, limit) => `Settings are too large (${bytes} bytes; at most ${limit}).`,
  validation: {
    date: 'Enter a date',
    email: 'Enter a valid email',
    nonNegative: 'Enter a number ≥ 0',
    score: 'A score from 0 to 10',
  },
  digest: {
    subject: (today, n) => `Follow-ups for ${today}: ${n} due or overdue`,
    intro: (n, overdue) => `${n} follow-up tasks are due or overdue today (${overdue} overdue):`,
    more: (n) => `…and ${n} more: see the "Follow-ups" sheet of the spreadsheet.`,
    customer: (name, row) => `${name} (row ${row})`,
    row: (row) => `the customer on row ${row}`,
    quota: 'The daily mail quota is used up; no digest was sent.',
    nothing: 'No follow-ups due today; no digest was sent.',
    failedSubject: (spreadsheet) => `Daily follow-up digest failed: ${spreadsheet}`,
    failedBody: (reason, url) =>
      `Today's follow-up digest could not be made:\n${reason}\n\nOpen the spreadsheet and check the customer table: ${url}\nTurn the digest off in the sidebar if you no longer need it.`,
    gone: 'The spreadsheet the digest was turned on in cannot be opened (deleted, or your access was removed); the daily digest was turned off.',
  },
};

export const MESSAGES: Record<Language, Messages> = { zh, en };

/** zh for a Chinese spreadsheet locale (zh_CN, zh_TW, zh_HK, …), English otherwise. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return /^zh/i.test(locale ?? '') ? 'zh' : 'en';
}
