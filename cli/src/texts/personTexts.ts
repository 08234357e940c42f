import type { Language } from '@crm/shared';
import { cliLanguage } from './currentTexts.ts';

/**
 * The texts of `crm person …` (a person's requests: find, export, erase; consent; retention), in
 * Chinese and English; `en` is typed from `zh`. Kept apart from cliTexts.ts, which it follows.
 */
const zh = {
  command: {
    description:
      '个人信息请求（《个人信息保护法》第四十四至四十七条）：查找、导出或删除一个人的全部信息，登记合法依据，列出超过保存期限的数据。',
    find: '列出工作簿中这个人出现的每个位置（工作表、行、列、值）',
    export: '把这个人的所有行导出为副本（.json 或 .xlsx），供答复查阅或复制请求',
    erase:
      '删除这个人：客户行、备份行和跟进任务删除；订单和投诉去掉客户编号等个人信息，保留日期和金额；其他提到他的地方改为 [已删除]；在“个人信息处理记录”工作表中登记一条（只记哈希和数量）',
    consent: '为客户表中每位客户填写合法依据、处理目的、来源和告知日期（只填空白单元格；缺少的列加在右侧）',
    retention: '列出超过保存期限的客户（privacy.retentionMonths），以及早于期限的客户备份和报告工作表',
    in: '工作簿（.xlsx 或 .csv）',
    spreadsheet: 'Google 表格的 ID 或网址',
    match: '要查找的人：email:…、phone:…（任意写法）、wechat:…、id:… 或 account:…（平台账号，如旺旺号）',
    out: '写入另一个文件（不能是输入文件）',
    inPlace: '直接改写 --in 文件；改写前另存为旁边的 .bak（.bak 里仍有这个人的信息，核对后请删除）',
    dryRun: '只显示会改动什么，不写任何文件或表格',
    json: '标准输出只打印 JSON',
    allMatches: '标识对应多个不同姓名（例如公司总机）时仍然全部删除',
    eraseOrders: '订单和投诉的处理方式：keep-amounts（默认，保留日期和金额）或 delete-rows（整行删除）',
    log: 'CSV 工作簿的处理记录写入此文件（默认：输出文件旁的 个人信息处理记录.csv）',
    legalBasis:
      '合法依据：provided-by-person（本人提供）、public-business-contact（公开的工作联系方式）、existing-customer（现有客户）或 consent（本人同意）',
    purpose: '处理目的，例如“售后服务与回访”',
    source: '来源，例如“门店登记”',
    informedOn: '告知日期 YYYY-MM-DD（默认：今天）',
    deleteSheets: '同时删除早于保存期限的客户备份和报告工作表（需 --out 或 --in-place）',
  },
  found: (places: number, sheets: number) => `找到 ${places} 处，分布在 ${sheets} 个工作表：`,
  place: (sheet: string, row: number, column: string, value: string) =>
    `  ${sheet} 第 ${row} 行 ${column}：${value}`,
  nobody: '没有找到这个人。',
  placesSheet: '位置',
  placesHeader: ['工作表', '行', '列', '值'],
  inFormula: (column: string) => `${column}（公式中）`,
  inNote: (column: string) => `${column}（备注中）`,
  several: (names: string[]) =>
    `这个标识对应 ${names.length} 个不同的人（${names.join('、')}），可能是共用的电话或邮箱。请换一个更具体的标识（email:、wechat:、id:、account:），或加 --all-matches 全部删除。未做任何修改。`,
  needOut: '请用 --out 指定输出文件，或用 --in-place 改写原文件。',
  inPlaceWithOut: '--in-place 和 --out 只能选一个。',
  inPlaceHint: '（要改写原文件本身，请用 --in-place，它会先把原文件另存为 .bak）',
  needSource: '请用 --in 指定工作簿，或用 --spreadsheet 指定 Google 表格。',
  exported: (rows: number, file: string) => `已把 ${rows} 行导出到 ${file}`,
  exportFormat: (file: string) => `无法导出为“${file}”：请用 .json 或 .xlsx 结尾的文件名`,
  plan: (rows: number, cleared: number, redacted: number, sheets: number) =>
    `将删除 ${rows} 行，清空 ${cleared} 个单元格，改写 ${redacted} 个单元格（${sheets} 个工作表）。`,
  planSheet: (sheet: string, rows: number[], edits: number) =>
    `  ${sheet}：${rows.length > 0 ? `删除第 ${[...rows].sort((a, b) => a - b).join('、')} 行` : ''}${rows.length > 0 && edits > 0 ? '，' : ''}${edits > 0 ? `改动 ${edits} 个单元格` : ''}`,
  planSheetDeleted: (sheet: string) => `  ${sheet}：删除整个工作表（导出的个人信息副本）`,
  dryRun: '（--dry-run：没有写入任何内容）',
  erased: (file: string, log: string) => `已删除，写入 ${file}；处理记录已登记到“${log}”。`,
  erasedInPlace: (file: string, backup: string, log: string) =>
    `已删除并改写 ${file}（原文件另存为 ${backup}：其中仍有此人的信息，核对后请删除）；处理记录已登记到“${log}”。`,
  erasedGoogle: (log: string) => `已在 Google 表格中删除；处理记录已登记到“${log}”。`,
  stillThere: (places: number) => `删除后复查仍找到 ${places} 处，请检查。`,
  badMode: (mode: string) => `不认识的处理方式“${mode}”：请用 keep-amounts 或 delete-rows`,
  badLegalBasis: (value: string, bases: string[]) => `不认识的合法依据“${value}”：可用 ${bases.join('、')}`,
  consentNothing: '请至少给出 --legal-basis、--purpose、--source 或 --informed-on 之一。',
  consentDone: (rows: number, added: string[]) =>
    `已为 ${rows} 位客户补充信息${added.length > 0 ? `，新增列：${added.join('、')}` : ''}。`,
  retentionOff:
    '配置中没有设置保存期限（privacy.retentionMonths），例如 36 表示最近一次购买或联系后保存三年。',
  pastRetention: (n: number, months: number) => `超过保存期限（${months} 个月）的客户：${n} 位`,
  pastRow: (row: number, name: string, last: string) => `  第 ${row} 行 ${name}：最近购买或联系 ${last}`,
  expiredSheets: (n: number) => `早于保存期限的备份和报告工作表：${n} 个`,
  expiredSheet: (sheet: string) => `  ${sheet}`,
  eraseHint: '删除某位客户：crm person erase --in 文件 --match id:客户编号 --out 新文件',
  deletedSheets: (n: number, file: string) => `已删除 ${n} 个过期工作表，写入 ${file}`,
  csvNoSheets: 'CSV 文件只有一个工作表，没有可删除的备份或报告。',
  googleNoInPlace: '--in-place 和 --out 只用于文件；Google 表格会直接改动。',
};

export type PersonTexts = typeof zh;

const en: PersonTexts = {
  command: {
    description:
      "A person's requests (PIPL art. 44–47): find, export or erase everything about one person, record the legal basis, and list data past its retention period.",
    find: 'list every place the person appears in the workbook (sheet, row, column, value)',
    export: "write a copy of all the person's rows (.json or .xlsx), to answer an access or copy request",
    erase:
      "erase the person: their customer rows, backup rows and follow-up tasks are deleted; their orders and complaints lose the customer reference and personal cells, keeping dates and amounts; other mentions become [erased]; an entry (a hash and counts only) goes to the 'Personal data log' sheet",
    consent:
      'fill in the legal basis, purpose, source and informed-on date for every customer of the customer table (empty cells only; missing columns are added on the right)',
    retention:
      'list customers past the retention period (privacy.retentionMonths), and backup and report sheets older than it',
    in: 'workbook (.xlsx or .csv)',
    spreadsheet: 'Google Sheet ID or URL',
    match:
      'the person: email:…, phone:… (any notation), wechat:…, id:… or account:… (a platform account such as a 旺旺号)',
    out: 'write to another file (never an input)',
    inPlace:
      'change the --in file itself, after saving it as a .bak beside it (the .bak still holds the person: delete it once you have checked the result)',
    dryRun: 'only show what would change; write nothing',
    json: 'print only JSON on stdout',
    allMatches:
      'erase even when the key belongs to several differently named people (e.g. a company switchboard)',
    eraseOrders:
      'what happens to orders and complaints: keep-amounts (default: dates and amounts kept) or delete-rows',
    log: "for a CSV workbook, the file the log entry goes to (default: 'Personal data log.csv' beside the output)",
    legalBasis: 'legal basis: provided-by-person, public-business-contact, existing-customer or consent',
    purpose: 'purpose of processing, e.g. "after-sales service and follow-up"',
    source: 'source, e.g. "shop sign-up"',
    informedOn: 'date the person was informed, YYYY-MM-DD (default: today)',
    deleteSheets:
      'also delete the backup and report sheets older than the retention period (needs --out or --in-place)',
  },
  found: (places, sheets) =>
    `Found ${places} place${places === 1 ? '' : 's'} on ${sheets} sheet${sheets === 1 ? '' : 's'}:`,
  place: (sheet, row, column, value) => `  ${sheet} row ${row} ${column}: ${value}`,
  nobody: 'Nobody with that key was found.',
  placesSheet: 'Places',
  placesHeader: ['Sheet', 'Row', 'Column', 'Value'],
  inFormula: (column) => `${column} (in a formula)`,
  inNote: (column) => `${column} (in a note)`,
  several: (names) =>
    `That key belongs to ${names.length} different people (${names.join(', ')}), perhaps a shared phone or mailbox. Use a more specific key (email:, wechat:, id:, account:), or add --all-matches to erase them all. Nothing was changed.`,
  needOut: 'Name the output with --out, or change the file itself with --in-place.',
  inPlaceWithOut: 'Use either --in-place or --out, not both.',
  inPlaceHint: '(to change the file itself, use --in-place, which first saves it as a .bak)',
  needSource: 'Name the workbook with --in, or the Google Sheet with --spreadsheet.',
  exported: (rows, file) => `Exported ${rows} row${rows === 1 ? '' : 's'} to ${file}`,
  exportFormat: (file) => `Cannot export to "${file}": use a file name ending in .json or .xlsx`,
  plan: (rows, cleared, redacted, sheets) =>
    `Will delete ${rows} row${rows === 1 ? '' : 's'}, empty ${cleared} cell${cleared === 1 ? '' : 's'} and rewrite ${redacted} (on ${sheets} sheet${sheets === 1 ? '' : 's'}).`,
  planSheet: (sheet, rows, edits) =>
    `  ${sheet}: ${rows.length > 0 ? `delete row${rows.length === 1 ? '' : 's'} ${[...rows].sort((a, b) => a - b).join(', ')}` : ''}${rows.length > 0 && edits > 0 ? '; ' : ''}${edits > 0 ? `change ${edits} cell${edits === 1 ? '' : 's'}` : ''}`,
  planSheetDeleted: (sheet) => `  ${sheet}: delete the whole sheet (an exported copy of their data)`,
  dryRun: '(--dry-run: nothing was written)',
  erased: (file, log) => `Erased; wrote ${file}. The request is recorded in "${log}".`,
  erasedInPlace: (file, backup, log) =>
    `Erased in ${file} (the previous file is saved as ${backup}: it still holds the person; delete it once checked). The request is recorded in "${log}".`,
  erasedGoogle: (log) => `Erased in the Google Sheet. The request is recorded in "${log}".`,
  stillThere: (places) =>
    `After erasing, ${places} place${places === 1 ? '' : 's'} still name the person: please check.`,
  badMode: (mode) => `Unknown mode "${mode}": use keep-amounts or delete-rows`,
  badLegalBasis: (value, bases) => `Unknown legal basis "${value}": use one of ${bases.join(', ')}`,
  consentNothing: 'Give at least one of --legal-basis, --purpose, --source or --informed-on.',
  consentDone: (rows, added) =>
    `Filled in ${rows} customer${rows === 1 ? '' : 's'}${added.length > 0 ? `; new columns: ${added.join(', ')}` : ''}.`,
  retentionOff:
    'The configuration sets no retention period (privacy.retentionMonths); e.g. 36 keeps data three years after the last purchase or contact.',
  pastRetention: (n, months) => `Customers past the retention period (${months} months): ${n}`,
  pastRow: (row, name, last) => `  row ${row} ${name}: last purchase or contact ${last}`,
  expiredSheets: (n) => `Backup and report sheets older than the period: ${n}`,
  expiredSheet: (sheet) => `  ${sheet}`,
  eraseHint: 'To erase a customer: crm person erase --in FILE --match id:CUSTOMER_ID --out NEW_FILE',
  deletedSheets: (n, file) => `Deleted ${n} expired sheet${n === 1 ? '' : 's'}; wrote ${file}`,
  csvNoSheets: 'A CSV file is one sheet: it has no backups or reports to delete.',
  googleNoInPlace: '--in-place and --out are for files; a Google Sheet is changed where it is.',
};

const PERSON_TEXTS: Record<Language, PersonTexts> = { zh, en };

/** The texts of `crm person` in the run's language. */
export function pt(): PersonTexts {
  return PERSON_TEXTS[cliLanguage()];
}
