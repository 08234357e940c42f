import type { LegalBasis } from '@crm/shared';
import type { ContactSource, PhoneRegionBasis } from '@crm/shared/extract';
import type { ClipColumn } from '../logic/clipColumnList.ts';
import type { ContactForm } from '../logic/contactForm.ts';
import type { MergeSide } from '../logic/mergeContacts.ts';
import type { ClipSyncState } from '../logic/outbox.ts';
import type { PageReadProblem } from '../logic/pageReadProblem.ts';
import type { BulkSaveResult } from '../logic/planBulkSave.ts';
import type { SyncPlace, SyncProblem } from '../logic/syncProblem.ts';
import type { Settings } from '../model/settings.ts';

// The zh catalogue is written first and its shape is the type of every catalogue: `en` is
// annotated with it, so a text missing from either language, or present in only one, does not
// compile. Tables keyed by a fixed list (sources, legal bases, columns …) are checked against
// that list, so a new entry in the list without a label is a type error too.
export const zh = {
  appName: 'CRM 联系人剪藏',
  clipSelection: '将选中内容剪藏为联系人',
  settings: '设置',
  tabPage: '本页',
  tabSaved: '已保存',
  syncFailedCount: (count: number) => `${count} 条同步失败`,
  syncPendingCount: (count: number) => `${count} 条待同步`,
  syncAllDone: '已全部同步到你的表格',
  syncNotConfigured: '在设置中填写 Google 表格后即可同步',
  syncNow: '立即同步',
  syncNextAttempt: (time: string) => `将于 ${time} 自动重试`,
  syncNowSynced: (count: number) => `已同步 ${count} 条`,
  syncNowNothing: '没有需要同步的内容',
  syncAwaitingNotice: (count: number) => `${count} 条等待你确认后同步`,
  /** Shown once, before the first sync: Google's servers are abroad (个人信息保护法 art. 38–39). */
  crossBorder: {
    heading: '同步前请确认：数据将存储在中国境外',
    explain:
      '你的 Google 表格保存在 Google 位于中国大陆境外的服务器上。同步会把联系人的个人信息（姓名、电话、邮箱等）提供到境外（《个人信息保护法》第三十八、三十九条）：请确认你具备向境外提供的条件，并已告知相关个人（需要时取得其单独同意）。',
    waiting: (count: number) => `${count} 条联系人保存在本浏览器中，你确认之前不会发送给 Google。`,
    confirm: '我已了解，同步到 Google 表格',
  },
  savedNotice: '已保存。',
  noTab: '没有可读取的标签页。',
  fromSelection: '来自选中文本',
  scanning: '正在读取页面…',
  rescan: '重新扫描',
  addManually: '手动添加',
  noCandidates: '此页面未找到联系人。可选中一段文字并使用“将选中内容剪藏为联系人”，或手动添加。',
  pageCutShort: '页面太大，没有读完：已优先读取页脚、地址和联系区块。',
  selectCandidate: (who: string) => `选择 ${who}`,
  selectAll: '全选',
  saveSelected: (count: number) => `保存所选（${count}）`,
  bulkSaved: (done: BulkSaveResult) =>
    [
      done.saved > 0 || done.merged + done.unchanged + done.invalid === 0 ? `已保存 ${done.saved} 位` : '',
      done.merged > 0 ? `${done.merged} 位已保存过，已补充新信息` : '',
      done.unchanged > 0 ? `${done.unchanged} 位已保存过，没有新信息` : '',
      done.conflicting > 0 ? `${done.conflicting} 位与已保存的信息不同，保留了已保存的，可逐一核对` : '',
      done.invalid > 0 ? `${done.invalid} 位信息有误，请逐一核对` : '',
    ]
      .filter((part) => part !== '')
      .join('；'),
  phoneRegionNote: (region: string, basis: string) =>
    `未写国家代码的号码按${region}号码读取（依据：${basis}），请核对。`,
  phoneRegionBases: {
    'page-language': '页面语言',
    domain: '网址所属国家或地区',
    address: '名片上的地址',
    'email-domain': '名片或页面上邮箱所属国家或地区',
    'page-numbers': '页面上带国家代码的号码所属国家或地区',
    default: '你在设置中的默认地区，页面没有说明',
  } satisfies Record<PhoneRegionBasis, string>,
  sources: {
    'json-ld': 'JSON-LD 结构化数据',
    'h-card': 'h-card 名片',
    microdata: '微数据',
    selection: '选中文本',
    link: '邮件/电话链接',
    text: '正文',
    meta: '页面信息',
  } satisfies Record<ContactSource, string>,
  confidence: '可信度',
  whereFound: '发现位置',
  savedMark: '✓ 已保存',
  reviewAndSave: '核对并保存',
  updateFromPage: '用本页信息更新',
  knownTitle: '已在你的客户表中',
  knownCustomer: '老客户',
  nextFollowUp: '下次跟进',
  reviewHeading: '核对联系人',
  editHeading: '编辑联系人',
  fields: {
    name: '姓名',
    title: '职位',
    organization: '公司',
    emails: '邮箱',
    phones: '电话',
    wechat: '微信',
    address: '地址',
    website: '网站',
    socialUrls: '社交主页',
    tags: '标签',
    owner: '负责人',
    note: '备注',
    legalBasis: '处理依据',
    purpose: '处理目的',
    informedOn: '告知日期',
  } satisfies Record<keyof ContactForm, string>,
  hints: {
    onePerLine: '每行一个',
    tags: '用逗号分隔',
    legalBasis: '《个人信息保护法》第十三条',
    purpose: '保存该联系人的用途（第十七条）；留空则记为默认用途',
    informedOn: '你告知本人由谁、为何、如何处理其信息的日期（第十七条）；尚未告知则留空',
  },
  /** The purpose recorded for a clip whose form left it empty. */
  defaultPurpose: '客户联系与业务跟进',
  chooseOne: '请选择…',
  legalBases: {
    'provided-by-person': '本人提供',
    'public-business-contact': '公开的商务联系方式',
    'existing-customer': '现有客户（履行合同）',
    consent: '已取得同意',
  } satisfies Record<LegalBasis, string>,
  /** The core's (English) validation messages, as the form shows them. */
  contactErrors: {
    name: '请至少填写姓名、公司、邮箱、电话或微信之一',
    emails: '邮箱格式不正确，例如 li.lei@example.com',
    phones: '电话号码无效，请带上国家代码，例如 +86 139 1234 5678',
    wechat: '微信号为 6–20 位字母、数字、下划线或减号，以字母开头；也可填微信绑定的手机号',
    website: '请输入以 http:// 或 https:// 开头的网址',
    legalBasis: '请选择保存该联系人的处理依据',
    informedOn: '请填写告知日期，格式如 2026-12-01',
  },
  save: '保存',
  cancel: '取消',
  mergeHeading: '已保存过 —— 合并？',
  mergeExplain: (who: string) => `该邮箱或电话已属于 ${who}。合并记录，而不是再存一条。`,
  mergeSides: { existing: '已保存的', incoming: '新的' } satisfies Record<MergeSide, string>,
  mergeAction: '合并',
  searchPlaceholder: '搜索姓名、公司、邮箱、标签…',
  search: '搜索',
  exportCsv: 'CSV',
  exportVcard: 'vCard',
  noClips: '还没有保存的联系人。',
  noMatches: '没有符合搜索的联系人。',
  clipsReading: (read: number, total: number) =>
    `正在读取已保存的联系人…（${read} / ${total}），搜索和导出将在读完后包含全部。`,
  syncStatus: {
    pending: '待同步',
    failed: '同步失败',
    synced: '已同步',
    local: '仅本地',
  } satisfies Record<ClipSyncState['status'], string>,
  /** Why a sync failed, by problem key: the Sheets API's own (English) messages are never shown. */
  syncProblems: {
    offline: '连不上 Google 表格（是否离线？），稍后会自动重试',
    noClientId: '缺少 OAuth 客户端 ID：请在设置中填写，或改用内置了贵组织客户端 ID 的版本',
    signInCancelled: '登录已取消',
    signInFailed: 'Google 登录失败，请在设置中重新登录',
    signInExpired: '需要重新登录 Google：请在设置中点击“使用 Google 登录”',
    forbidden: '你的 Google 账号无权编辑该表格',
    notFound: '找不到该表格，请检查设置中的表格链接',
    badRequest: '无法写入该工作表，请检查设置中的工作表名称',
    sheetMissing:
      '表格里没有这个名称的工作表（标签页）：它可能被改名或删除了。请把标签页改回原名，或在设置中填写现在的名称，然后点“重试”',
    headerMoved:
      '表头上方有客户的行（多半是排序时把表头也一起排了），为免把表头写进客户的行，这次没有写入：请把表头那一行移回所有客户的上方（标题行可以留在它上面），并冻结到表头那一行（视图 > 冻结），然后点“重试”',
    rowsMoving: '同步时表格的行一直在移动（有人正在排序），为免写进别人的行，这次没有写入；稍后会自动重试',
    protectedRange:
      '工作表受保护，你的账号不能编辑这些单元格：请表格所有者在“数据 > 保护工作表和范围”中把你加为编辑者，然后点“重试”',
    cellLimit:
      '表格已达 Google 表格 1000 万个单元格的上限，放不下新行：请删除不用的工作表或空行空列，或在设置中换一个表格，然后点“重试”',
    cellTooLong:
      '有一项超过了单元格最多 50,000 个字符的上限（多半是备注）：请编辑此联系人把它缩短，保存后会自动同步',
    rowDeleted:
      '这位联系人在表格中的那一行已被删除，所以修改没有写入。要重新添加一行请点“重试”；不需要了可以删除此联系人',
    editedInSheet:
      '表格中这一行在上次同步后被人改过，为免覆盖，这次修改没有写入。要用这里的内容覆盖那些被改过的单元格请点“重试”；要保留表格里的内容，请编辑此联系人与表格一致',
    quota: 'Google 表格暂时限制了写入频率，稍后会自动重试',
    unavailable: 'Google 表格暂时不可用，稍后会自动重试',
    storageFull:
      '浏览器给本扩展的存储空间已满，无法记录同步进度：请在“已保存”中导出 CSV 留存，删除不再需要的联系人（表格中对应的行也会被清除），然后点“重试”',
    unknown: '同步出错',
  } satisfies Record<SyncProblem, string>,
  /** Where a sync problem is, after its text: the tab, and the row and column when known. */
  syncProblemPlace: (place: SyncPlace) =>
    `（工作表「${place.sheet}」${place.row === undefined ? '' : `第 ${place.row} 行`}${place.column === undefined ? '' : `「${place.column}」列`}）`,
  edit: '编辑',
  retry: '重试',
  delete: '删除',
  confirmDelete: '确认删除',
  options: {
    heading: '剪藏设置',
    privacy: '联系人保存在本浏览器中，只会发送到你在此填写的 Google 表格，不会发送到其他任何地方。',
    fields: {
      spreadsheet: { label: '表格链接或 ID', hint: 'https://docs.google.com/spreadsheets/d/…' },
      sheetName: { label: '工作表名称', hint: '追加行的工作表' },
      oauthClientId: {
        label: 'OAuth 客户端 ID',
        hint: '仅当此版本未内置贵组织的客户端 ID 时填写（Google Cloud 控制台 → Web 应用，重定向地址 https://<扩展ID>.chromiumapp.org/）',
      },
      region: { label: '默认电话地区', hint: '用于没有国家代码的号码，例如 CN' },
      defaultOwner: { label: '默认负责人', hint: '新联系人默认填写' },
      apiBaseUrl: {
        label: '表格服务地址（仅测试版）',
        hint: '本地测试替身的地址，例如 http://127.0.0.1:5555',
      },
    } satisfies Record<keyof Settings, { label: string; hint: string }>,
    invalid: {
      spreadsheet: '不是有效的 Google 表格链接或 ID',
      sheetName: '请填写工作表名称（最多 100 个字符）',
      oauthClientId: '客户端 ID 最多 200 个字符',
      region: '请填写两个字母的地区代码，例如 CN 或 US',
      defaultOwner: '负责人最多 200 个字符',
      apiBaseUrl: '请填写网址，例如 https://sheets.googleapis.com',
    } satisfies Record<keyof Settings, string>,
    signIn: '使用 Google 登录',
    signedIn: '已登录。',
    signOut: '退出登录',
    signedOut: '已退出登录，访问令牌已删除。',
    dataHeading: '你的数据',
    deleteAllExplain:
      '删除本扩展保存的全部内容：联系人、待同步队列、设置、登录令牌和缓存。你的 Google 表格不会被修改。',
    deleteAll: '删除全部数据',
    confirmDeleteAll: '确认删除全部数据',
    deletedAll: '已删除全部数据。',
  },
  /** Failures the extension itself reports (the Sheets API's own messages are shown as sent). */
  errors: {
    workerSilent: '扩展的后台程序没有响应',
    /** Why the page could not be read and what to do; the browser's own words only in a tooltip. */
    pageProblems: {
      'browser-page':
        '这是浏览器或其他扩展自己的页面（设置、新标签页、扩展程序等），扩展无法读取。请打开普通网页后再试。',
      'store-page': '浏览器的扩展商店页面不允许扩展读取。请打开普通网页后再试。',
      'file-access':
        '无法读取本地文件：请在浏览器的扩展程序管理页面打开本扩展的“详情”，开启“允许访问文件网址”，然后刷新此页面。',
      'no-permission':
        '扩展无权读取此页面。如果这是普通网页，请在此页面上点击工具栏中的扩展图标（必要时先刷新页面）后重试；浏览器自己的页面和扩展商店无法读取。',
      'error-page': '此标签页显示的是错误页面，网页没有打开。请刷新，等网页正常打开后点击“重新扫描”。',
      'tab-gone': '该标签页已关闭。请在要读取的网页上重新打开侧边栏。',
      'page-changed': '读取时页面跳转或刷新了。请等页面加载完成后点击“重新扫描”。',
      policy: '你所在组织的浏览器策略不允许扩展读取此网站。',
      timeout: '页面没有及时响应。请等页面加载完成后点击“重新扫描”。',
      unknown: '无法读取此页面。请刷新页面后点击“重新扫描”；仍不行时，可选中文字剪藏或手动添加。',
    } satisfies Record<PageReadProblem, string>,
    mergeTargetGone: '要合并的联系人已不存在',
    clipDeleted: '该联系人已被删除',
    /** storage.local refused the save for lack of space; the form keeps the contact. */
    storageFull: (clips: number) =>
      `浏览器给本扩展的存储空间已满（已保存 ${clips} 位联系人），这次没有保存，联系人仍留在面板中。请在“已保存”中点“CSV”导出留存，删除不再需要的联系人（表格中对应的行也会被清除），然后再点保存。`,
    unknown: '未知错误',
  },
  /** Headers of the columns a clip is written to (sheet and CSV). */
  clipColumns: {
    clipId: '剪藏编号',
    name: '姓名',
    company: '公司',
    title: '职位',
    mobile: '手机',
    phone: '电话',
    email: '邮箱',
    wechat: '微信',
    address: '地址',
    website: '网站',
    owner: '负责人',
    tags: '标签',
    legalBasis: '处理依据',
    purpose: '处理目的',
    informedOn: '告知日期',
    source: '来源',
    clippedAt: '剪藏时间',
    note: '备注',
  } satisfies Record<ClipColumn, string>,
};

/** Every text of the extension in one language. */
export type Texts = typeof zh;
