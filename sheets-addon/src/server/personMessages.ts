import { type Language, personalDataCopySheetName } from '@crm/shared';

/**
 * What the personal-data request panel and the cross-border notice say, in Chinese and English;
 * `en` is typed from `zh`. Kept apart from messages.ts, which it follows.
 */
const zh = {
  crossBorderTitle: '数据存储位置说明',
  crossBorder:
    '本插件处理的客户信息（姓名、电话、邮箱等）保存在 Google 表格中，即存储在 Google 位于中国大陆境外的服务器上。向境外提供个人信息须符合《个人信息保护法》第三十八、三十九条（如告知本人并取得单独同意、签订标准合同或通过认证）。继续使用即表示您已了解这一点，并已为所处理的个人信息具备相应的合法依据。',
  crossBorderDeclined: '未运行：请先阅读并确认数据存储位置说明。',
  crossBorderAcknowledged: (date: string) => `已于 ${date} 确认数据存储位置说明。`,
  nobody: '没有找到这个人。',
  found: (places: number, sheets: number) => `找到 ${places} 处，分布在 ${sheets} 个工作表。`,
  several: (names: string[]) =>
    `这个标识对应 ${names.length} 个不同的人（${names.join('、')}），可能是共用的电话或邮箱。请换一个更具体的标识（email:、wechat:、id:、account:）。未做任何修改。`,
  notConfirmed: '删除前请先确认。未做任何修改。',
  erased: (rows: number, cells: number, log: string) =>
    `已删除：删除 ${rows} 行，改动 ${cells} 个单元格；已登记到“${log}”。撤销历史和版本记录中仍有旧内容，如需彻底清除请在“版本记录”中处理。`,
  exported: (rows: number, sheet: string) => `已把 ${rows} 行复制到新工作表“${sheet}”，并登记到处理记录。`,
  exportedJson: (rows: number) => `已准备 ${rows} 行的 JSON 副本供下载，并登记到处理记录。`,
  exportSheet: (today: string) => personalDataCopySheetName('zh', today),
  preview: (rows: number, cells: number, sheets: number, keepAmounts: boolean) =>
    `预览（尚未修改）：将删除 ${rows} 行，清除或改写 ${cells} 个单元格，涉及 ${sheets} 个工作表${keepAmounts ? '；订单和投诉只去掉客户信息，保留日期和金额' : ''}。确认后才会删除。`,
  changedSincePreview: '预览之后表格内容有变化，删除已取消。请重新预览后再确认。未做任何修改。',
  places: '位置',
  placesHeader: ['工作表', '行', '列', '值'],
  consentNothing: '请至少填写合法依据、处理目的、来源或告知日期中的一项。未做任何修改。',
  badLegalBasis: (basis: string) => `不认识的合法依据“${basis}”。未做任何修改。`,
  badInformedOn: (date: string) => `告知日期“${date}”不是有效日期（格式 2026-11-20）。未做任何修改。`,
  consentFilled: (rows: number, cells: number, added: string[], sheet: string) =>
    rows === 0
      ? `“${sheet}”中每位客户的这些列都已填写，没有改动。`
      : `已在“${sheet}”中为 ${rows} 位客户填写 ${cells} 个空单元格${added.length > 0 ? `，新增列：${added.join('、')}` : ''}；已有内容的单元格未改动。`,
  retentionOff: '未设置保存期限：请在“设置”中填写保存期限（月）。',
  expiredFound: (sheets: number, months: number) =>
    sheets === 0
      ? `没有超过保存期限（${months} 个月）的备份或报告工作表。`
      : `${sheets} 个备份或报告工作表已超过保存期限（${months} 个月）。`,
  expiredDeleted: (sheets: number) => `已删除 ${sheets} 个过期的工作表。`,
  notExpired: (sheet: string) => `工作表“${sheet}”不是过期的备份或报告，未删除任何工作表。`,
};

export type PersonMessages = typeof zh;

const en: PersonMessages = {
  crossBorderTitle: 'Where your data is stored',
  crossBorder:
    "The customer data this add-on works on (names, phones, emails …) is kept in Google Sheets, that is on Google's servers outside mainland China. Providing personal information abroad must meet PIPL art. 38–39 (e.g. telling the people concerned and getting their separate consent, a standard contract or a certification). By continuing you confirm you know this and have a lawful basis for the personal data you process.",
  crossBorderDeclined: 'Not run: please read and confirm where your data is stored first.',
  crossBorderAcknowledged: (date) => `Storage notice confirmed on ${date}.`,
  nobody: 'Nobody with that key was found.',
  found: (places, sheets) =>
    `Found ${places} place${places === 1 ? '' : 's'} on ${sheets} sheet${sheets === 1 ? '' : 's'}.`,
  several: (names) =>
    `That key belongs to ${names.length} different people (${names.join(', ')}), perhaps a shared phone or mailbox. Use a more specific key (email:, wechat:, id:, account:). Nothing was changed.`,
  notConfirmed: 'Confirm the erasure first. Nothing was changed.',
  erased: (rows, cells, log) =>
    `Erased: ${rows} row${rows === 1 ? '' : 's'} deleted, ${cells} cell${cells === 1 ? '' : 's'} changed; recorded in "${log}". Undo history and version history still hold the old content: remove those versions under Version history if needed.`,
  exported: (rows, sheet) =>
    `Copied ${rows} row${rows === 1 ? '' : 's'} to the new sheet "${sheet}" and recorded the request.`,
  exportedJson: (rows) =>
    `A JSON copy of ${rows} row${rows === 1 ? '' : 's'} is ready to download; the request was recorded.`,
  exportSheet: (today) => personalDataCopySheetName('en', today),
  preview: (rows, cells, sheets, keepAmounts) =>
    `Preview (nothing changed yet): ${rows} row${rows === 1 ? '' : 's'} would be deleted and ${cells} cell${cells === 1 ? '' : 's'} emptied or rewritten on ${sheets} sheet${sheets === 1 ? '' : 's'}${keepAmounts ? '; orders and complaints lose the customer but keep their dates and amounts' : ''}. Nothing is erased until you confirm.`,
  changedSincePreview:
    'The spreadsheet changed after the preview, so the erasure was cancelled. Preview again, then confirm. Nothing was changed.',
  places: 'Places',
  placesHeader: ['Sheet', 'Row', 'Column', 'Value'],
  consentNothing:
    'Give at least one of legal basis, purpose, source or informed-on date. Nothing was changed.',
  badLegalBasis: (basis) => `Unknown legal basis "${basis}". Nothing was changed.`,
  badInformedOn: (date) =>
    `The informed-on date "${date}" is not a date (write 2026-11-20). Nothing was changed.`,
  consentFilled: (rows, cells, added, sheet) =>
    rows === 0
      ? `Every customer in "${sheet}" already has these columns filled; nothing changed.`
      : `Filled ${cells} empty cell${cells === 1 ? '' : 's'} for ${rows} customer${rows === 1 ? '' : 's'} in "${sheet}"${added.length > 0 ? `; columns added: ${added.join(', ')}` : ''}. Cells that held something were left as they were.`,
  retentionOff: 'No retention period is set: enter one (months) under Settings.',
  expiredFound: (sheets, months) =>
    sheets === 0
      ? `No backup or report sheet is older than the retention period (${months} months).`
      : `${sheets} backup or report sheet${sheets === 1 ? ' is' : 's are'} older than the retention period (${months} months).`,
  expiredDeleted: (sheets) => `Deleted ${sheets} expired sheet${sheets === 1 ? '' : 's'}.`,
  notExpired: (sheet) => `"${sheet}" is not an expired backup or report; no sheet was deleted.`,
};

export const PERSON_MESSAGES: Record<Language, PersonMessages> = { zh, en };
