import {
  type AnalysisStep,
  columnLetter,
  type Language,
  type PhoneRegionBasis,
  type TimeUnit,
} from '@crm/shared';

/** Why numbers without a country code were read in a region (the extractor's PHONE_REGION_BASES). */
const PHONE_REGION_BASIS_ZH: Record<PhoneRegionBasis, string> = {
  'page-language': '页面语言',
  domain: '网址所属国家或地区',
  'email-domain': '名片或页面上邮箱所属国家或地区',
  'page-numbers': '页面上带国家代码的号码所属国家或地区',
  address: '地址',
  default: '--region，页面没有说明',
};
const PHONE_REGION_BASIS_EN: Record<PhoneRegionBasis, string> = {
  'page-language': 'the page language',
  domain: 'the country of the web address',
  'email-domain': 'the country of the email addresses on the card or the page',
  'page-numbers': 'the country of the numbers the page writes with a country code',
  address: 'an address',
  default: '--region; the page does not say',
};

// Every text the `crm` command shows, in Chinese and English. `en` is typed from `zh`, so a key
// missing (or extra) in either language is a compile error. Texts from the core (issue messages,
// job problems, labels) come from the core's own catalogues.

/** How many lines a cell drew in after its first (CRLF is one line end; a last one ends no line). */
function lineBreaks(cell: string): number {
  return cell.replace(/(?:\r\n|\r|\n)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** The start of a cell's first line, for a message to point at it. */
function cellStart(cell: string): string {
  const characters = [...(cell.split(/[\r\n]/, 1)[0] ?? '')];
  return characters.length > 20 ? `${characters.slice(0, 20).join('')}…` : characters.join('');
}

const zh = {
  commands: {
    program: '客户管理工具包：对客户表（.xlsx 或 .csv）做数据清洗、客户分类、跟进计划、CLV 预测和报告。',
    classify: {
      description:
        '为每位客户打分（R/F/M 1–5），并给出客户分群、八类客户、生命周期、价值层级和下次跟进日期。',
      out: '把客户表连同右侧的分类列写到另一个文件（.xlsx 或 .csv；不能是任何输入文件）',
      inPlace: '把分类列直接写进 --in 文件本身；写之前把原文件另存为旁边的 .bak（每次运行覆盖上一份 .bak）',
      json: '标准输出只打印 JSON：{"customers":[…],"issues":[…]}',
      noClv: '跳过 BG/NBD + Gamma-Gamma 预测（存活概率、客户终身价值）',
      examples:
        '\n示例：\n  crm classify --in customers.xlsx --today 2026-03-01 --out classified.xlsx\n  crm classify --in customers.xlsx --in-place        （原文件另存为 customers.xlsx.bak）\n  crm classify --in customers.csv --orders orders.csv --json > classified.json',
    },
    clean: {
      description: '检查数据质量：完全重复和疑似重复（附合并建议）、缺失值和无效值。不改动客户表。',
      out: '把检查结果写入 .csv 或 .xlsx 文件',
      json: '标准输出只打印 JSON：{"merges","missing","invalid","summary"}',
      limit: '每类最多打印几条',
    },
    followups: {
      description: '生成跟进计划：按分群定期回访、购后回访、生日关怀、节日问候、投诉处理和满意度调查。',
      out: '把跟进任务写入 .csv 或 .xlsx 文件',
      json: '标准输出只打印 JSON：{"today","followUps":[…]}',
      limit: '最多打印几项任务（文件和 JSON 总是包含全部任务）',
      noClv: '跳过 BG/NBD 流失预测（不生成基于 CLV 的挽回任务）',
    },
    report: {
      description:
        '生成报告：关键指标、按月/季/年对比、负责人、分群迁移、新客留存、忠诚度、大客户、客户结构、趋势、数据质量、策略和跟进任务。',
      out: 'report.html（自包含，可离线打开）、report.md 或 report.json（配合 --spreadsheet 时改为写入报告工作表）',
      title: '报告标题',
      period:
        '对比的时间段：month（默认，最近一个完整月）、quarter（季度）或 year（年），与上一期及去年同期对比',
      noClv: '跳过 BG/NBD + Gamma-Gamma 预测',
    },
    demo: {
      description:
        '在自动生成的中英文示例（客户、订单、投诉）上运行完整流程，写出输入文件、报告和分类后的客户表。',
      outDir: '输出目录',
      customers: '示例中的客户数',
      seed: '随机种子（种子相同，示例相同）',
    },
    clv: {
      description:
        '根据订单文件预测流失风险和客户终身价值：BG/NBD（存活概率、预期购买次数）和 Gamma-Gamma（预期客单价）。',
      orders: '订单，每行一笔购买：客户编号、日期、金额（.csv/.xlsx，或 CDNOW 格式的空格分隔 .txt）',
      calibrationEnd: '只用截至该日期的购买拟合模型，之后的忽略（默认：最后一笔购买的日期）',
      timeUnit: '最近购买间隔、观察期和预测期的时间单位',
      horizon: '预测期，以时间单位计（默认 12 个月，即 52.18 周或 365.25 天）',
      out: '把每位客户的结果写入表格（.csv 或 .xlsx）',
      json: '标准输出只打印 JSON：{"bgnbd":{…},"gammaGamma":{…},"customers":[{"id","frequency","recency","T","pAlive","expectedPurchases","expectedAverageSpend","clv"}],"notes":[…]}',
      config: 'JSON 配置文件（clv.annualDiscountRate、clv.churnThreshold、列名映射）',
      examples: [
        '',
        '退出码：0 成功；1 输入或文件有误；3 数据太少，无法拟合模型（例如全部是一次性购买）。',
        '',
        '示例：',
        '  crm clv --orders orders.csv --calibration-end 2026-03-31 --json > clv.json',
        '  crm clv --orders ../shared/datasets/cdnow/CDNOW_sample.txt --calibration-end 1997-09-30 --horizon 39',
      ].join('\n'),
    },
    extract: {
      description:
        '从 HTML 网页（或配合 --text 从一段选中的文字）中找出联系人：姓名、职位、公司、邮箱、电话（E.164）。',
      file: 'HTML 网页（.html），或配合 --text 时为包含选中文字的文本文件',
      url: '网页地址：用于解析相对链接',
      text: 'FILE 是一段纯文本（邮件签名、名片）',
      region: '没有国家代码的电话号码按哪个地区解析',
      json: '标准输出只打印 JSON：{"contacts":[…]}',
      examples:
        '\n示例：\n  crm extract contact.html --url https://example.com/contact --json\n  crm extract signature.txt --text --region GB --json',
    },
  },
  options: {
    in: '客户表（.xlsx 或 .csv；UTF-8、带 BOM 的 UTF-8、GBK 或 Big5）',
    spreadsheet: '改为在 Google 表格上运行（凭据见 README“在 Google 表格上”）',
    sheet: '客户所在的工作表（默认：第一个表头可识别的工作表）',
    headerRow: '表头所在的行号（默认：自动识别，跳过标题行）',
    orders: '订单表，每行一笔购买（默认：--in 中名为“订单”/“Orders”的工作表）',
    complaints: '投诉表（默认：--in 中名为“投诉”/“Complaints”的工作表，否则用客户表里的投诉列）',
    today: '以该日期为“今天”进行分析（默认：本地日期；Google 表格用表格所设时区的日期）',
    lang: '标签和提示信息的语言（默认：系统语言）',
    config: 'JSON 配置文件（列名映射、阈值、回访周期、策略）',
    region: '没有国家代码的电话号码按哪个地区解析（默认：CN）',
    quiet: '不在标准错误输出上显示进度',
    rowNumber: '应为从 1 开始的行号',
    positiveInteger: '应为正整数',
    positiveNumber: '应为正数（时间单位）',
  },
  progress: {
    reading: '读取文件',
    writing: '写入',
    parse: '解析',
    classify: '分类',
    clv: 'CLV 预测',
    'follow-ups': '跟进计划',
    review: '数据检查',
  } satisfies Record<AnalysisStep | 'reading' | 'writing', string>,
  errors: {
    helpAfterError: '（加 --help 查看用法）',
    invalidInput: '输入无效：',
    unexpected: (message: string) => `意外错误：${message}`,
    debugHint: '（设置 CRM_DEBUG=1 查看详情）',
    invalidDate: (option: string, value: string, example: string) =>
      `${option} "${value}" 无效：应为真实存在的日期，格式 YYYY-MM-DD，例如 ${example}`,
    noInput: '请指定客户表：--in 文件（.xlsx/.csv）或 --spreadsheet ID',
    reportOut: '请用 --out 指定 report.html、report.md 或 report.json',
    reportType: (ext: string) => `报告只能写成 .html、.md 或 .json，不能是“${ext || '（无扩展名）'}”`,
    regionCode: (value: string) => `--region ${value} 不是地区代码：应为两个字母，如 CN、US 或 GB`,
    outIsInput: (out: string, option: string, input: string) =>
      `--out ${out} 就是输入文件 ${input}（${option}）：写出会覆盖它。请指定另一个输出文件`,
    inPlaceHint: '（要把分类列写进客户表本身，请用 --in-place，它会先把原文件另存为 .bak）',
    inPlaceWithOut: '--in-place 和 --out 只能选一个：--in-place 写入 --in 文件本身，--out 写到另一个文件',
    inPlaceNeedsFile: '--in-place 只用于本地文件（--in）；在 Google 表格上，classify 本来就写入客户工作表',
    inputChanged: (path: string) =>
      `${path} 在 crm 运行期间被修改过（可能在 Excel/WPS 中打开并保存了）：没有写入任何内容，请关闭文件后重新运行`,
  },
  config: {
    notJson: (file: string, reason: string) => `配置文件 ${file} 无效：不是合法的 JSON（${reason}）`,
    notObject: (file: string) => `配置文件 ${file} 无效：应为一个 JSON 对象`,
    invalid: (file: string | undefined) => (file === undefined ? '选项无效：' : `配置文件 ${file} 无效：`),
  },
  files: {
    /** `无法读取 x：原因` — the problem, then why. */
    because: (problem: string, reason: string) => `${problem}：${reason}`,
    cannotRead: (path: string) => `无法读取 ${path}`,
    cannotWrite: (path: string) => `无法写入 ${path}`,
    oldFormat: (ext: string) => `不支持 ${ext} 文件，请另存为 .xlsx 或 .csv`,
    /** A real .xls or .et: Office 97–2003's (or WPS's) binary workbook. */
    binaryXls: (ext: string) =>
      `这是旧版 Excel 97–2003/WPS 的二进制工作簿（${ext}），crm 读不了：请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv`,
    /** Writing to an .xls or .et name (--out, or --in-place on such a file). */
    writesOnly: (ext: string) =>
      `crm 只写 .xlsx 和 .csv 文件，不写 ${ext}：请用 --out 指定一个 .xlsx 或 .csv 文件`,
    /** An .xlsx saved with a password: Office's encrypted package, not a zip. */
    encryptedXlsx:
      '文件设有打开密码（已加密），crm 读不了：请在 Excel 或 WPS 中打开，去掉密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密）后保存，再试',
    compoundUnderXlsxName:
      '这是一个旧版 Excel/WPS 工作簿（.xls 或 .et），只是扩展名写成了 .xlsx：请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv',
    /** A web page saved under an .xls name that holds no table. */
    noHtmlTable: '这是一个网页文件（HTML），其中没有表格',
    notSpreadsheetMl: (reason: string) => `不是有效的 Excel 2003 XML 表格（${reason}）`,
    unsupportedType: (ext: string) => `不支持的文件类型“${ext || '（无扩展名）'}”（应为 .csv 或 .xlsx）`,
    noWorksheet: '文件中没有工作表',
    notXlsx: (reason: string) => `不是有效的 .xlsx 文件（${reason}）`,
    tooManyRowsForXlsx: (rows: number, most: number) =>
      `结果有 ${rows.toLocaleString('en')} 行，超过了 Excel 工作表最多 ${most.toLocaleString('en')} 行的上限，写成 .xlsx 会打不开：请改为输出 .csv（例如 --out 结果.csv）。没有写入任何文件`,
    tooManyColumnsForXlsx: (columns: number, most: number) =>
      `结果有 ${columns.toLocaleString('en')} 列，超过了 Excel 工作表最多 ${most.toLocaleString('en')} 列的上限，写成 .xlsx 会打不开：请改为输出 .csv（例如 --out 结果.csv）。没有写入任何文件`,
    csvHasNoSheets: 'CSV 文件没有工作表',
    /** A file read as CSV whose first bytes say it is something else. */
    zipUnderCsvName: (ext: string) =>
      `这是一个 .xlsx 工作簿（或别的压缩文件），只是扩展名写成了 ${ext}：请把扩展名改为 .xlsx 后再试`,
    oldWorkbookUnderCsvName: (ext: string) =>
      `这是一个旧版 Excel/WPS 工作簿（.xls 或 .et），只是扩展名写成了 ${ext}：请用 Excel 或 WPS 打开，另存为 .xlsx 或 .csv`,
    notText:
      '这不是文本格式的 CSV 文件（开头就有 NUL 字节，像是二进制文件，或是没有字节顺序标记的 UTF-16 文本），请另存为“CSV UTF-8”或 .xlsx',
    /** A row that the parser could not end: an unclosed quote, or not a table at all. */
    runawayRow: (row: number, characters: number) =>
      `从第 ${row} 行开始的一行超过 ${characters.toLocaleString('en-US')} 个字符仍未结束：多半是某处引号（"）没有闭合，其后的整份文件都成了一个单元格`,
    /** A quote that does not close its cell, drawing the lines after it into that cell. */
    unclosedQuote: (row: number, column: number, cell: string) =>
      `第 ${row} 行第 ${column} 列（${columnLetter(column - 1)} 列）的引号（"）没有闭合这个单元格，其后 ${lineBreaks(cell)} 行会被读进这一个单元格（“${cellStart(cell)}”）。单元格里的引号请写成 ""，或补上闭合的引号，再运行`,
    tooBig: (heapMb: number) =>
      `文件太大，本机可用内存（约 ${heapMb} MB）读不下。可以把文件拆小，或用 NODE_OPTIONS=--max-old-space-size=<MB> 给 crm 更多内存后重试`,
    tooBigToAnalyse: (heapMb: number) =>
      `表格太大，本机可用内存（约 ${heapMb} MB）不够分析。可以把文件拆小，或用 NODE_OPTIONS=--max-old-space-size=<MB> 给 crm 更多内存后重试`,
    noSuchSheet: (name: string, sheets: string[]) =>
      `没有名为“${name}”的工作表（现有：${sheets.join('、') || '无'}）`,
    reasons: {
      noSuchFile: '文件不存在',
      isDirectory: '这是一个文件夹',
      permissionDenied: '没有权限',
      parentNotDirectory: '路径中有一级不是文件夹',
      diskFull: '磁盘已满',
    },
  },
  sources: {
    customers: (where: string) => `客户：${where}`,
    orders: (where: string) => `订单：${where}`,
    complaints: (where: string) => `投诉：${where}`,
    file: (path: string, headerRow: number) => `${path}（表头在第 ${headerRow} 行）`,
    sheet: (name: string, headerRow: number) => `工作表“${name}”（表头在第 ${headerRow} 行）`,
  },
  google: {
    noSeparateFiles:
      '--orders 和 --complaints 用于本地文件；在 Google 表格上会使用名为“订单”和“投诉”的工作表。',
    wroteColumns: (sheet: string, headers: string[]) =>
      `已写入工作表“${sheet}”的分类列（${headers.join('、')}）`,
    wroteSheet: (name: string) => `已写入工作表“${name}”`,
    formulaInManaged: (sheet: string, header: string, cell: string) =>
      `工作表“${sheet}”的“${header}”列由 crm 写入，但 ${cell} 含有公式：写入会覆盖公式，所以没有写入任何分类列。请删除公式或重命名该列后再试`,
    mergedHeader: (sheet: string, ranges: readonly string[]) =>
      `工作表“${sheet}”的表头有合并单元格（${ranges.join('、')}）：请先取消合并，每列一个表头。未做任何修改`,
    mergedOver: (sheet: string, ranges: readonly string[]) =>
      `工作表“${sheet}”的 ${ranges.join('、')} 是合并单元格，延伸到了分类列：合并区域只显示左上角一格，区域内其他分类列单元格没有写入（原内容不变）。取消合并后重新运行即可写入这些单元格`,
    rowsMoved: (sheet: string, rows: readonly number[]) =>
      `工作表“${sheet}”在 crm 运行期间有行被移动（第 ${rows.slice(0, 5).join('、')}${rows.length > 5 ? ' 等' : ''} 行已不是读取时的客户，可能有人排序、插入或删除了行）：没有写入任何分类列，以免数值落到别的客户行上。请重新运行`,
    sheetNameTaken: (existing: string, wanted: string) =>
      `已有工作表“${existing}”。Google 表格的工作表名称不区分大小写，因此无法再建立“${wanted}”。请重命名或删除“${existing}”后再试。表格没有任何改动`,
    partlyWritten: (sheet: string, first: number, through: number, last: number, reason: string) =>
      `工作表“${sheet}”的分类列分几次写入，只写完了第 ${first}–${through} 行；第 ${through + 1}–${last} 行仍是上次运行的结果：${reason}。请重新运行，写完其余的行`,
    partStopped: {
      rowsMoved: '写入期间有人排序、插入或删除了行，为免数值落到别的客户行上，其余的行没有写入',
      headerChanged: '写入期间有人插入、删除或移动了列，为免数值落到别的列上，其余的行没有写入',
      protectedCells: '其余行中 crm 要写入的单元格受保护（数据 → 保护工作表和区域）',
      other: (message: string) => `Google 表格返回“${message}”`,
    },
    headerChanged: (sheet: string, column: string, was: string, now: string) =>
      `工作表“${sheet}”在 crm 运行期间被人改动了：${column} 列的表头原为“${was}”，现在是“${now}”（可能有人插入、删除或移动了列）：没有写入任何分类列，以免数值落到别的列上。请等其他人编辑完后重新运行`,
    retry: (reason: string, attempt: number, seconds: number) =>
      `Google 表格返回“${reason}”；${seconds.toFixed(1)} 秒后第 ${attempt} 次重试`,
    notFound: (id: string) => `找不到表格 ${id}（请检查 ID，并确认已与您共享）`,
    notAllowed: (id: string, reason: string) => `无权打开表格 ${id}（${reason}）`,
    viewOnly: (id: string) =>
      `无法写入表格 ${id}：您对这个表格只有查看（或评论）权限。请让表格所有者把您设为编辑者后再试。表格没有任何改动`,
    protectedCells: (id: string, sheets: readonly string[]) =>
      `无法写入表格 ${id}：${sheets.length === 0 ? '表格' : `工作表${sheets.map((name) => `“${name}”`).join('、')}`}中 crm 要写入的单元格受保护（数据 → 保护工作表和区域）。请让表格所有者取消保护，或把您加入可以编辑这些单元格的人员后再试。表格没有任何改动`,
    cellLimit: (id: string) =>
      `无法写入表格 ${id}：写入后表格将超过 Google 表格 1000 万个单元格的上限。请删除不用的工作表、行或列后再试。表格没有任何改动`,
    auth: {
      missingKeyFile: (path: string) => `GOOGLE_APPLICATION_CREDENTIALS 指向的 ${path} 不存在。`,
      noCredentials: [
        '没有 Google 凭据。请使用以下任一方式：',
        '  GOOGLE_APPLICATION_CREDENTIALS=/path/to/service-account.json  （把表格共享给服务账号的邮箱）',
        '  CRM_OAUTH_CLIENT_FILE=/path/to/client_secret.json              （OAuth 桌面客户端；只需登录一次）',
        '  CRM_GOOGLE_ACCESS_TOKEN=ya29....                               （已有的访问令牌）',
      ].join('\n'),
      notDesktopClient: (file: string) => `${file} 不是“桌面应用”类型的 OAuth 客户端。`,
      openPage: '打开以下页面，允许 crm 使用您的 Google 表格：',
      signedIn: '已登录，可以关闭此页面。',
      signInFailedPage: '登录失败。',
      signInFailed: (reason: string) => `登录失败：${reason}`,
      stateMismatch:
        '登录失败：回到 crm 的登录结果不是这次登录请求的（state 参数不符），可能来自别的页面或程序。没有保存任何令牌，请重新运行并只使用 crm 打印的链接',
    },
  },
  summaries: {
    customers: (n: number, today: string, sources: string[]) =>
      `截至 ${today} 共 ${n} 位客户（${sources.join('；')}）`,
    sources: (sources: string[]) => `读取了${sources.join('；')}`,
    segments: '客户分群：',
    groups8: '八类客户：',
    lifecycle: '生命周期：',
    valueTiers: '价值层级：',
    followUpsPlanned: (n: number) => `计划跟进任务：${n} 项`,
    dataIssues: (n: number) => `数据问题：${n} 个（运行 \`crm clean\` 查看检查结果）`,
    note: (text: string) => `注：${text}`,
    wrote: (path: string) => `已写入 ${path}`,
    wroteInPlace: (path: string, backup: string) => `已写入 ${path}（原文件另存为 ${backup}）`,
    classifyHint: '（用 --out 文件 写出带分类列的客户表，或用 --json 输出机器可读结果）',
    reviewRows: (n: number) => `共检查 ${n} 行`,
    duplicates: (exact: number, likely: number) => `重复：完全相同 ${exact} 组，疑似 ${likely} 组`,
    rowsWithMissing: (n: number) => `有缺失值的行：${n}`,
    invalidCells: (n: number) => `无效单元格：${n}`,
    andMore: (n: number) => `……另有 ${n} 项`,
    mergeProposals: '合并建议（在您合并之前不会改动任何数据）：',
    merge: (rows: number[], kind: 'exact' | 'likely', matchedOn: string, survivor: number) =>
      `第 ${rows.join('、')} 行（${kind === 'exact' ? '完全重复' : '疑似重复'}，${matchedOn}）：建议保留第 ${survivor} 行`,
    invalidValues: '无效值：',
    missingValues: '缺失值：',
    tableIssues: (table: 'orders' | 'complaints', n: number) =>
      `${table === 'orders' ? '订单表' : '投诉表'}的问题：${n} 个`,
    cellProblem: (row: number, column: string, message: string, value?: string) =>
      `第 ${row} 行，${column}：${value === undefined ? '' : `${JSON.stringify(value)} – `}${message}`,
    cleanHint: '（用 --out review.xlsx 查看完整列表）',
    followUps: (n: number, today: string, overdue: number) =>
      `截至 ${today} 共 ${n} 项跟进任务（逾期 ${overdue} 项）`,
    row: (row: number) => `第 ${row} 行`,
    moreTasks: (n: number) => `……另有 ${n} 项（用 --out 文件 或 --json 查看全部）`,
  },
  demo: {
    reportHtml: '报告（HTML，可离线打开）',
    reportMarkdown: '报告（Markdown）',
    reportJson: '报告（JSON）',
    classified: '分类后的客户表',
    followUps: '跟进任务',
    review: '数据质量检查',
    customers: '客户',
    orders: '订单',
    complaints: '投诉',
    sample: (customers: number, orders: number, complaints: number, today: string) =>
      `示例：${customers} 位客户、${orders} 笔订单、${complaints} 条投诉，截至 ${today}。`,
    inputs: '输入：',
    outputs: '输出：',
    totals: (tasks: number, issues: number) => `计划了 ${tasks} 项跟进任务；发现 ${issues} 个数据问题。`,
    open: (path: string) => `用浏览器打开 ${path} 阅读报告。`,
  },
  clv: {
    noPurchases: (path: string) => `${path}：没有可用的购买记录（客户编号、日期和金额）`,
    calibration: (end: string, unit: TimeUnit) =>
      `校准期截至 ${end}，时间单位：${unit === 'week' ? '周' : '天'}。`,
    skippedLines: (issues: readonly { line: number; message: string }[]) =>
      `${issues.length} 行无法读取，已跳过（${issues
        .slice(0, 3)
        .map((i) => `第 ${i.line} 行：${i.message}`)
        .join('；')}）。`,
    badOrderCells: (issues: readonly { row: number; column: string; message: string }[]) =>
      `${issues.length} 个订单单元格有问题，相应的行未参与计算（${issues
        .slice(0, 3)
        .map((i) => `第 ${i.row} 行，${i.column}：${i.message}`)
        .join('；')}）。`,
    cdnowColumns: (expected: number, found: number) => `应有 ${expected} 列，实际 ${found} 列`,
    cdnowDate: (text: string) => `“${text}”不是 YYYYMMDD 格式的日期`,
    cdnowAmount: (text: string) => `“${text}”不是金额`,
    customers: (n: number, repeaters: number) => `${n} 位客户，其中 ${repeaters} 位有重复购买`,
    logLikelihood: '对数似然',
    forecast: (horizon: number, unit: TimeUnit, purchases: string, revenue: string, clv: string) =>
      `未来 ${horizon} ${unit === 'week' ? '周' : '天'}：预计购买 ${purchases} 次，收入 ${revenue}，客户终身价值合计 ${clv}`,
    topCustomers: '客户终身价值最高的客户：',
    topHeader: ['客户编号', '重复购买', '存活概率', '预计购买', '预计客单价', 'CLV'],
    atRisk: (threshold: number, n: number) =>
      `流失风险（存活概率 < ${threshold}，消费 ≥ 中位数）：${n} 位客户`,
    atRiskHeader: ['客户编号', '重复购买', '存活概率', '最近购买', '潜在损失'],
    hint: '（用 --json 查看每位客户，或用 --out 文件 写出表格）',
  },
  extract: {
    none: (file: string) => `${file} 中没有找到联系人`,
    found: (n: number, file: string) => `${file} 中有 ${n} 位联系人：`,
    noName: '（无姓名）',
    evidence: (text: string) => `来源：${text}`,
    wechat: (id: string) => `微信：${id}`,
    phoneRegion: (region: string, basis: PhoneRegionBasis) =>
      `未写国家代码的号码按 ${region} 读取（依据：${PHONE_REGION_BASIS_ZH[basis]}）`,
    truncated: '页面太大，没有读完：已优先读取页脚、地址和联系区块。',
  },
};

export type CliTexts = typeof zh;

const en: CliTexts = {
  commands: {
    program:
      'Customer-management toolkit: clean, classify, plan follow-ups, predict CLV and report on a customer table (.xlsx or .csv).',
    classify: {
      description:
        'Score every customer (R/F/M 1–5) and assign segment, 8-class group, lifecycle, value tier and next follow-up.',
      out: 'write the table with the managed columns added on the right to another file (.xlsx or .csv; never one of the inputs)',
      inPlace:
        'write the managed columns into the --in file itself, after saving it as a .bak beside it (each run replaces the previous .bak)',
      json: 'print only JSON on stdout: {"customers":[…],"issues":[…]}',
      noClv: 'skip the BG/NBD + Gamma-Gamma prediction (P(alive), CLV)',
      examples:
        '\nExamples:\n  crm classify --in customers.xlsx --today 2026-03-01 --out classified.xlsx\n  crm classify --in customers.xlsx --in-place        (the file as it was: customers.xlsx.bak)\n  crm classify --in customers.csv --orders orders.csv --json > classified.json',
    },
    clean: {
      description:
        'Review data quality: exact and likely duplicates (with proposed merges), missing and invalid values. Changes nothing in the customer table.',
      out: 'write the review to a .csv or .xlsx file',
      json: 'print only JSON on stdout: {"merges","missing","invalid","summary"}',
      limit: 'items of each kind to print',
    },
    followups: {
      description:
        'Plan follow-ups: revisits per segment, post-purchase check-ins, birthdays, holidays, complaints and surveys.',
      out: 'write the tasks to a .csv or .xlsx file',
      json: 'print only JSON on stdout: {"today","followUps":[…]}',
      limit: 'tasks to print (the file and JSON always hold all of them)',
      noClv: 'skip the BG/NBD churn prediction (no CLV-based win-back tasks)',
    },
    report: {
      description:
        'Write a report: KPIs, the month/quarter/year against the one before and a year earlier, owners, segment migration, cohorts, loyalty, top customers, mix, trend, data quality, strategy and follow-ups.',
      out: 'report.html (self-contained, opens offline), report.md or report.json (with --spreadsheet: a report sheet instead)',
      title: 'report title',
      period:
        'the period compared: month (default, the last complete month), quarter or year, against the one before and the same one a year earlier',
      noClv: 'skip the BG/NBD + Gamma-Gamma prediction',
    },
    demo: {
      description:
        'Run the whole workflow on a generated bilingual sample (customers, orders, complaints) and write the inputs, report and classified table.',
      outDir: 'where to write everything',
      customers: 'customers in the sample',
      seed: 'random seed (same seed, same sample)',
    },
    clv: {
      description:
        'Predict churn risk and customer lifetime value from an orders file: BG/NBD (P(alive), expected purchases) and Gamma-Gamma (expected spend).',
      orders:
        'orders, one row per purchase: customer id, date, amount (.csv/.xlsx; or a CDNOW-style whitespace-separated .txt)',
      calibrationEnd:
        'fit on purchases up to this date; later ones are ignored (default: the date of the last purchase)',
      timeUnit: 'time unit of recency, T and horizon',
      horizon: 'prediction horizon in time units (default: 12 months, i.e. 52.18 weeks or 365.25 days)',
      out: 'write the per-customer table (.csv or .xlsx)',
      json: 'print only JSON on stdout: {"bgnbd":{…},"gammaGamma":{…},"customers":[{"id","frequency","recency","T","pAlive","expectedPurchases","expectedAverageSpend","clv"}],"notes":[…]}',
      config: 'JSON configuration (clv.annualDiscountRate, clv.churnThreshold, header overrides)',
      examples: [
        '',
        'Exit codes: 0 ok, 1 bad input or file, 3 too little data to fit the models (e.g. all one-time buyers).',
        '',
        'Examples:',
        '  crm clv --orders orders.csv --calibration-end 2026-03-31 --json > clv.json',
        '  crm clv --orders ../shared/datasets/cdnow/CDNOW_sample.txt --calibration-end 1997-09-30 --horizon 39',
      ].join('\n'),
    },
    extract: {
      description:
        'Find contacts (name, title, company, emails, phones as E.164) in an HTML page, or in a text selection with --text.',
      file: 'an HTML page (.html) or, with --text, a text file holding the selection',
      url: "the page's address: resolves relative links",
      text: 'FILE is a plain-text selection (an email signature, a 名片 block)',
      region: 'default phone region for numbers without a country code',
      json: 'print only JSON on stdout: {"contacts":[…]}',
      examples:
        '\nExamples:\n  crm extract contact.html --url https://example.com/contact --json\n  crm extract signature.txt --text --region GB --json',
    },
  },
  options: {
    in: 'customer table (.xlsx or .csv; UTF-8, UTF-8 with BOM, GBK, Big5 or Windows-1252)',
    spreadsheet: 'run on a Google Sheet instead of a file (credentials: see README "On a Google Sheet")',
    sheet:
      'sheet of the customers in the .xlsx or Google Sheet (default: the first one with a recognisable header)',
    headerRow: 'row number of the header (default: found automatically, below any title lines)',
    orders: 'orders table, one row per purchase (default: an "Orders"/"订单" sheet of --in)',
    complaints: 'complaints table (default: a "Complaints"/"投诉" sheet of --in, else the complaint columns)',
    today:
      'classify as of this date (default: today, local time; on a Google Sheet, in the spreadsheet’s time zone)',
    lang: "language of labels and messages (default: the system's)",
    config: 'JSON configuration (header overrides, thresholds, cadence, playbook)',
    region: 'default region for phone numbers without a country code (default: CN)',
    quiet: 'show no progress on stderr',
    rowNumber: 'expected a row number from 1',
    positiveInteger: 'expected a positive whole number',
    positiveNumber: 'expected a positive number of time units',
  },
  progress: {
    reading: 'reading files',
    writing: 'writing',
    parse: 'parsing',
    classify: 'classifying',
    clv: 'predicting CLV',
    'follow-ups': 'planning follow-ups',
    review: 'reviewing data',
  },
  errors: {
    helpAfterError: '(add --help for usage)',
    invalidInput: 'invalid input:',
    unexpected: (message) => `unexpected error: ${message}`,
    debugHint: '(set CRM_DEBUG=1 for details)',
    invalidDate: (option, value, example) =>
      `invalid ${option} "${value}": expected a real calendar date as YYYY-MM-DD, e.g. ${example}`,
    noInput: 'give the customer table: --in FILE (.xlsx/.csv) or --spreadsheet ID',
    reportOut: 'give --out report.html|report.md|report.json',
    reportType: (ext) => `a report is .html, .md or .json, not "${ext || '(none)'}"`,
    regionCode: (value) =>
      `--region ${value} is not a region code; expected two letters such as CN, US or GB`,
    outIsInput: (out, option, input) =>
      `--out ${out} is the input file ${input} (${option}); writing would overwrite it. Give another output file`,
    inPlaceHint:
      '(to write the managed columns into the customer table itself, use --in-place, which first saves the file as a .bak)',
    inPlaceWithOut:
      'use either --in-place or --out: --in-place writes into the --in file itself, --out to another file',
    inPlaceNeedsFile:
      '--in-place is for a local file (--in); on a Google Sheet classify writes into the customer sheet anyway',
    inputChanged: (path) =>
      `${path} was changed while crm ran (saved from Excel or WPS?); nothing was written. Close it and run again`,
  },
  config: {
    notJson: (file, reason) => `invalid config file ${file}: not valid JSON (${reason})`,
    notObject: (file) => `invalid config file ${file}: expected a JSON object`,
    invalid: (file) => (file === undefined ? 'invalid option:' : `invalid config file ${file}:`),
  },
  files: {
    because: (problem, reason) => `${problem}: ${reason}`,
    cannotRead: (path) => `cannot read ${path}`,
    cannotWrite: (path) => `cannot write ${path}`,
    oldFormat: (ext) => `${ext} files are not supported; save it as .xlsx or .csv`,
    binaryXls: (ext) =>
      `it is an Excel 97–2003 (or WPS) binary workbook (${ext}), which crm cannot read: open it in Excel or WPS and save it as .xlsx or .csv`,
    writesOnly: (ext) => `crm writes .xlsx and .csv files, not ${ext}: name an .xlsx or .csv file with --out`,
    encryptedXlsx:
      'it is protected with a password to open (encrypted), so crm cannot read it: open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, cleared; WPS: File → Document Encryption), save it and try again',
    compoundUnderXlsxName:
      'it is an old Excel/WPS workbook (.xls or .et) with an .xlsx name: open it in Excel or WPS and save it as .xlsx or .csv',
    noHtmlTable: 'it is a web page (HTML) with no table in it',
    notSpreadsheetMl: (reason) => `not a valid Excel 2003 XML Spreadsheet (${reason})`,
    unsupportedType: (ext) => `unsupported file type "${ext || '(none)'}" (expected .csv or .xlsx)`,
    noWorksheet: 'it has no worksheet',
    notXlsx: (reason) => `not a valid .xlsx file (${reason})`,
    tooManyRowsForXlsx: (rows, most) =>
      `the result has ${rows.toLocaleString('en')} rows, more than the ${most.toLocaleString('en')} an Excel worksheet holds, so as .xlsx it would not open: write it as .csv instead (e.g. --out result.csv). No file was written`,
    tooManyColumnsForXlsx: (columns, most) =>
      `the result has ${columns.toLocaleString('en')} columns, more than the ${most.toLocaleString('en')} an Excel worksheet holds, so as .xlsx it would not open: write it as .csv instead (e.g. --out result.csv). No file was written`,
    csvHasNoSheets: 'a CSV file has no sheets',
    zipUnderCsvName: (ext) =>
      `it is an .xlsx workbook (or another zip file) with a ${ext} name: rename it to .xlsx and try again`,
    oldWorkbookUnderCsvName: (ext) =>
      `it is an old Excel/WPS workbook (.xls or .et) with a ${ext} name: open it in Excel or WPS and save it as .xlsx or .csv`,
    notText:
      'it is not a CSV text file (it starts with NUL bytes, as binary files and UTF-16 text without a byte-order mark do); save it as "CSV UTF-8" or .xlsx',
    runawayRow: (row, characters) =>
      `the row that starts at row ${row} runs on past ${characters.toLocaleString('en-US')} characters: most likely a quote mark (") that is never closed, which makes the rest of the file one cell`,
    unclosedQuote: (row, column, cell) =>
      `row ${row}, column ${column} (${columnLetter(column - 1)}): a quote mark (") there does not close its cell, so ${lineBreaks(cell) === 1 ? 'the line' : `the ${lineBreaks(cell)} lines`} after it would be read into that one cell ("${cellStart(cell)}"). Write a quote inside a cell as "", or close the cell's quote, and run again`,
    tooBig: (heapMb) =>
      `it is too big for the memory available here (about ${heapMb} MB); split the file, or give crm more memory with NODE_OPTIONS=--max-old-space-size=<MB> and try again`,
    tooBigToAnalyse: (heapMb) =>
      `The tables are too big to analyse in the memory available here (about ${heapMb} MB); split the file, or give crm more memory with NODE_OPTIONS=--max-old-space-size=<MB> and try again`,
    noSuchSheet: (name, sheets) => `no sheet named "${name}" (sheets: ${sheets.join(', ') || 'none'})`,
    reasons: {
      noSuchFile: 'no such file',
      isDirectory: 'is a directory',
      permissionDenied: 'permission denied',
      parentNotDirectory: 'a parent of it is not a directory',
      diskFull: 'the disk is full',
    },
  },
  sources: {
    customers: (where) => `customers from ${where}`,
    orders: (where) => `orders from ${where}`,
    complaints: (where) => `complaints from ${where}`,
    file: (path, headerRow) => `${path} (header in row ${headerRow})`,
    sheet: (name, headerRow) => `sheet "${name}" (header in row ${headerRow})`,
  },
  google: {
    noSeparateFiles:
      '--orders and --complaints are for local files; on a Google Sheet the sheets named "Orders"/"订单" and "Complaints"/"投诉" are used.',
    wroteColumns: (sheet, headers) => `wrote the managed columns (${headers.join(', ')}) of sheet "${sheet}"`,
    wroteSheet: (name) => `wrote sheet "${name}"`,
    formulaInManaged: (sheet, header, cell) =>
      `column "${header}" of sheet "${sheet}" is written by crm, but ${cell} holds a formula that writing would destroy, so no managed column was written. Delete the formula or rename the column, then run again`,
    mergedHeader: (sheet, ranges) =>
      `the header of sheet "${sheet}" has merged cells (${ranges.join(', ')}): unmerge them so that each column has its own header. Nothing was changed`,
    mergedOver: (sheet, ranges) =>
      `in sheet "${sheet}", ${ranges.join(', ')} ${ranges.length > 1 ? 'are merged cells that reach' : 'is a merged cell that reaches'} into the managed columns: a merge shows its top-left cell only, so the other managed cells inside it were not written (what they hold is unchanged). Unmerge and run again to fill them`,
    rowsMoved: (sheet, rows) =>
      `rows of sheet "${sheet}" moved while crm ran (row ${rows.slice(0, 5).join(', ')}${rows.length > 5 ? ' and others' : ''} no longer hold the customer read there: someone sorted, inserted or deleted rows); no managed column was written, so no value lands on another customer's row. Run it again`,
    sheetNameTaken: (existing, wanted) =>
      `there is already a sheet named "${existing}". Google Sheets treats sheet names that differ only in letter case as the same name, so "${wanted}" cannot be made. Rename or delete "${existing}" and try again. Nothing was changed`,
    partlyWritten: (sheet, first, through, last, reason) =>
      `the managed columns of sheet "${sheet}" are written in parts, and only rows ${first}-${through} were written; rows ${through + 1}-${last} still hold the last run's: ${reason}. Run it again to write the rest`,
    partStopped: {
      rowsMoved:
        "someone sorted, inserted or deleted rows while crm wrote; the rest was not written, so that no value lands on another customer's row",
      headerChanged:
        'someone inserted, deleted or moved a column while crm wrote; the rest was not written, so that no value lands in another column',
      protectedCells: 'cells crm writes in the other rows are protected (Data → Protect sheets and ranges)',
      other: (message) => `Google Sheets answered "${message}"`,
    },
    headerChanged: (sheet, column, was, now) =>
      `sheet "${sheet}" was changed while crm ran: the header of column ${column} was "${was}" and is now "${now}" (someone inserted, deleted or moved a column); no managed column was written, so no value lands in another column. Run it again once the others are done`,
    retry: (reason, attempt, seconds) =>
      `Google Sheets answered "${reason}"; retry ${attempt} in ${seconds.toFixed(1)} s`,
    notFound: (id) => `spreadsheet ${id} not found (check the id, and that it is shared with you)`,
    notAllowed: (id, reason) => `not allowed to open spreadsheet ${id} (${reason})`,
    viewOnly: (id) =>
      `cannot write to spreadsheet ${id}: you may only view (or comment on) it. Ask its owner to make you an editor, then run again. Nothing in the spreadsheet was changed`,
    protectedCells: (id, sheets) =>
      `cannot write to spreadsheet ${id}: cells crm writes${sheets.length === 0 ? '' : ` in ${sheets.length === 1 ? 'sheet' : 'sheets'} ${sheets.map((name) => `"${name}"`).join(', ')}`} are protected (Data → Protect sheets and ranges). Ask its owner to remove the protection or to let you edit them, then run again. Nothing in the spreadsheet was changed`,
    cellLimit: (id) =>
      `cannot write to spreadsheet ${id}: it would grow past Google Sheets' limit of 10 million cells. Delete sheets, rows or columns it does not need, then run again. Nothing in the spreadsheet was changed`,
    auth: {
      missingKeyFile: (path) => `GOOGLE_APPLICATION_CREDENTIALS points to ${path}, which does not exist.`,
      noCredentials: [
        'No Google credentials. Use one of:',
        '  GOOGLE_APPLICATION_CREDENTIALS=/path/to/service-account.json  (share the sheet with the service account email)',
        '  CRM_OAUTH_CLIENT_FILE=/path/to/client_secret.json              (OAuth desktop client; signs you in once)',
        '  CRM_GOOGLE_ACCESS_TOKEN=ya29....                               (an access token you already have)',
      ].join('\n'),
      notDesktopClient: (file) => `${file} is not an OAuth client of type "Desktop app".`,
      openPage: 'Open this page to let crm use your Google Sheets:',
      signedIn: 'Signed in. You can close this tab.',
      signInFailedPage: 'Sign-in failed.',
      signInFailed: (reason) => `Sign-in failed: ${reason}`,
      stateMismatch:
        'Sign-in failed: the answer that reached crm was not for this sign-in (its state parameter does not match); it may come from another page or program. No token was saved; run again and use only the link crm printed',
    },
  },
  summaries: {
    customers: (n, today, sources) => `${n} customers as of ${today} (${sources.join('; ')})`,
    sources: (sources) => `read ${sources.join('; ')}`,
    segments: 'segments: ',
    groups8: '8 groups: ',
    lifecycle: 'lifecycle:',
    valueTiers: 'value:    ',
    followUpsPlanned: (n) => `follow-ups planned: ${n}`,
    dataIssues: (n) => `data issues: ${n} (run \`crm clean\` for the review)`,
    note: (text) => `note: ${text}`,
    wrote: (path) => `wrote ${path}`,
    wroteInPlace: (path, backup) => `wrote ${path} (the file as it was: ${backup})`,
    classifyHint:
      '(use --out FILE to write the table with these columns, or --json for machine-readable output)',
    reviewRows: (n) => `${n} rows checked`,
    duplicates: (exact, likely) => `duplicates: ${exact} exact groups, ${likely} likely groups`,
    rowsWithMissing: (n) => `rows with missing values: ${n}`,
    invalidCells: (n) => `invalid cells: ${n}`,
    andMore: (n) => `… and ${n} more`,
    mergeProposals: 'merge proposals (nothing is merged until you do it):',
    merge: (rows, kind, matchedOn, survivor) =>
      `rows ${rows.join(', ')} (${kind}, ${matchedOn}): keep row ${survivor}`,
    invalidValues: 'invalid values:',
    missingValues: 'missing values:',
    tableIssues: (table, n) => `problems in the ${table} table: ${n}`,
    cellProblem: (row, column, message, value) =>
      `row ${row}, ${column}: ${value === undefined ? '' : `${JSON.stringify(value)} – `}${message}`,
    cleanHint: '(use --out review.xlsx for the full list)',
    followUps: (n, today, overdue) => `${n} follow-ups as of ${today} (${overdue} overdue)`,
    row: (row) => `row ${row}`,
    moreTasks: (n) => `… and ${n} more (use --out FILE or --json)`,
  },
  demo: {
    reportHtml: 'report (HTML, opens offline)',
    reportMarkdown: 'report (Markdown)',
    reportJson: 'report (JSON)',
    classified: 'classified customers',
    followUps: 'follow-ups',
    review: 'data-quality review',
    customers: 'customers',
    orders: 'orders',
    complaints: 'complaints',
    sample: (customers, orders, complaints, today) =>
      `Sample of ${customers} customers, ${orders} orders and ${complaints} complaints, as of ${today}.`,
    inputs: 'Inputs:',
    outputs: 'Outputs:',
    totals: (tasks, issues) => `${tasks} follow-ups planned; ${issues} data issues found.`,
    open: (path) => `Open ${path} in a browser to read the report.`,
  },
  clv: {
    noPurchases: (path) => `${path}: no usable purchases (customer id, date and amount)`,
    calibration: (end, unit) => `Calibration period ends ${end}; time unit: ${unit}.`,
    skippedLines: (issues) =>
      `${issues.length} line(s) could not be read and were skipped (${issues
        .slice(0, 3)
        .map((i) => `line ${i.line}: ${i.message}`)
        .join('; ')}).`,
    badOrderCells: (issues) =>
      `${issues.length} order cell(s) had problems and their rows were left out (${issues
        .slice(0, 3)
        .map((i) => `row ${i.row}, ${i.column}: ${i.message}`)
        .join('; ')}).`,
    cdnowColumns: (expected, found) => `expected ${expected} columns, found ${found}`,
    cdnowDate: (text) => `"${text}" is not a date as YYYYMMDD`,
    cdnowAmount: (text) => `"${text}" is not an amount`,
    customers: (n, repeaters) => `${n} customers, ${repeaters} with repeat purchases`,
    logLikelihood: 'log-likelihood',
    forecast: (horizon, unit, purchases, revenue, clv) =>
      `Next ${horizon} ${unit}s: ${purchases} purchases expected, revenue ${revenue}, total CLV ${clv}`,
    topCustomers: 'Top customers by CLV:',
    topHeader: ['id', 'x', 'P(alive)', 'purchases', 'avg spend', 'CLV'],
    atRisk: (threshold, n) => `At risk (P(alive) < ${threshold}, spend ≥ median): ${n} customers`,
    atRiskHeader: ['id', 'x', 'P(alive)', 'last purchase', 'value at stake'],
    hint: '(use --json for every customer, or --out FILE for a table)',
  },
  extract: {
    none: (file) => `no contacts found in ${file}`,
    found: (n, file) => `${n} contact${n === 1 ? '' : 's'} in ${file}:`,
    noName: '(no name)',
    evidence: (text) => `found: ${text}`,
    wechat: (id) => `WeChat: ${id}`,
    phoneRegion: (region, basis) =>
      `numbers without a country code read as ${region} (from ${PHONE_REGION_BASIS_EN[basis]})`,
    truncated:
      'The page is too large to read to the end; its footer, addresses and contact sections were read first.',
  },
};

/** The CLI's texts by language. */
export const CLI_TEXTS: Record<Language, CliTexts> = { zh, en };
