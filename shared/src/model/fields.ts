import { HEADERS_ABROAD, type HeaderWords } from './headersAbroad.ts';

/**
 * The columns the toolkit understands, and the bilingual header synonyms that identify them.
 * Matching is case-, width- and space-insensitive (see table/normalizeHeader.ts); users can
 * override it per header in the configuration.
 */
export const CUSTOMER_FIELDS = [
  'id',
  'name',
  'company',
  'shortName',
  'nickname',
  'partner',
  'title',
  'mobile',
  'phone',
  'email',
  'wechat',
  'platformAccount',
  'address',
  'city',
  'gender',
  'birthday',
  'firstPurchase',
  'lastPurchase',
  'orderCount',
  'totalSpend',
  'owner',
  'tags',
  'source',
  'lastContact',
  'satisfaction',
  'recommend',
  'complaintStatus',
  'complaintDate',
  'complaintStageDate',
  'complaintClosedDate',
  'complaint',
  'note',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/**
 * The customer columns that name a customer, which an order naming its buyer by name is compared
 * with: the person's name, the company's, its short name (客户简称), the nickname the
 * customer goes by on WeChat (微信昵称), and the partner a couple's row names beside them (a
 * wedding's fiancé who pays an installment in his own name).
 */
export const CUSTOMER_NAME_FIELDS = [
  'name',
  'company',
  'shortName',
  'nickname',
  'partner',
] as const satisfies readonly CustomerField[];

export const ORDER_FIELDS = [
  'customerId',
  'date',
  'amount',
  'orderId',
  'product',
  'quantity',
  'status',
  'remarks',
  'email',
  'mobile',
  'phone',
  'refunded',
  'buyerAccount',
  'customerName',
  'unitPrice',
  'payment',
  'month',
  'day',
  'credit',
] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

export const COMPLAINT_FIELDS = [
  'customerId',
  'openedDate',
  'stage',
  'stageDate',
  'closedDate',
  'summary',
  'satisfaction',
  'owner',
] as const;
export type ComplaintField = (typeof COMPLAINT_FIELDS)[number];

/**
 * A customer's code as Singapore's and Malaysia's accounting packages (AutoCount, SQL Account)
 * head it, in the customer list and in the sales ledger alike: Cust. Code, Debtor Code, A/C Code;
 * and a Kenyan shop's account number for its credit customers (Acc. No.).
 */
const CUSTOMER_CODES = [
  'Customer Code',
  'Cust Code',
  'Cust No',
  'Cust ID',
  'Debtor Code',
  'A/C Code',
  'Acc No',
  'Acc. No.',
];
/** A shop's number in a wholesaler's list of the shops it supplies, and on what each shop took. */
const STORE_NUMBERS = ['门店编号', '店铺编号', '门店代码', '门店号'];
/** A student's number in a school's register, which its receipts name the student by. */
const STUDENT_NUMBERS = ['Student ID', 'Student No', 'Enrollment No', 'Enrolment No', 'Admission No'];
/**
 * A customer's number as Japanese, Korean and Vietnamese shops head it, in both their tables;
 * written as headers are met, folded (顧客番号 as 顾客番号, 電話番号 as 电话番号).
 */
const CUSTOMER_NUMBERS_ABROAD = [
  '顾客番号',
  '顾客コード',
  '顾客No',
  'お客様番号',
  '会员番号',
  '得意先コード',
  '得意先番号',
  '고객번호',
  '고객코드',
  '회원번호',
  'Mã KH',
  'Mã khách hàng',
  'Mã khách',
];

/** Each customer field's synonyms in Chinese, English, Japanese, Korean and Vietnamese. */
const CUSTOMER_SYNONYMS: Record<CustomerField, readonly string[]> = {
  id: [
    '客户编号',
    'Customer ID',
    '客户ID',
    '客户代码',
    '编号',
    'ID',
    'Customer No',
    'Customer Number',
    ...CUSTOMER_CODES,
    'Client ID',
    'customer_id',
    'Account ID',
    'Account Number',
    'Contact ID',
    // HubSpot's contact export numbers its records.
    'Record ID',
    '客户号',
    // 金蝶 KIS's 客户资料 names a customer's code 代码 and its name 名称.
    '代码',
    '往来单位编号',
    '单位编号',
    '会员编号',
    '会员卡号',
    '会员号',
    'Member ID',
    // A studio's or a club's member list: Member #, Member No.
    'Member #',
    'Member No',
    'Member Number',
    'Client #',
    'Client No',
    // Taiwan's ERP exports: 客戶代號; 客編 for short; a shop's member card: 卡號.
    '客户代号',
    '客编',
    '卡号',
    '客人编号',
    // 金蝶 and 用友 name the customer's code 客户编码.
    '客户编码',
    // A school's or a clinic's register: the student's number, the patient's record.
    '学号',
    '学员编号',
    '病历号',
    'Registration No',
    ...STUDENT_NUMBERS,
    ...CUSTOMER_NUMBERS_ABROAD,
    ...STORE_NUMBERS,
  ],
  name: [
    '姓名',
    'Name',
    '客户姓名',
    '客户名称',
    // A customer's name in full (as 客户名称), beside its 简称.
    '客户全称',
    '联系人',
    '名字',
    // A pet clinic's or a groomer's members: the pet's owner (主人), the pet in a column of its own.
    '主人',
    '主人姓名',
    '宠物主人',
    'Full Name',
    'Customer Name',
    'Contact',
    'Contact Name',
    // The name an invoicing tool (Zoho Books, QuickBooks, Thunderbird's address book) shows for a
    // contact and prints on its invoices and reports: a person's name or a business's.
    'Display Name',
    '客户',
    'Customer',
    // A freelancer's or an agency's list of clients.
    'Client',
    'Client Name',
    // A 母婴店's member: the mother (宝妈) or the parent; the child's 宝宝生日 is no one's here.
    '宝妈姓名',
    '妈妈姓名',
    '家长姓名',
    // A pet groomer's or a vet's client list: the owner is the customer.
    'Owner Name',
    'Pet Owner',
    // The name a seller gives a WeChat contact (备注名: 王丽娟, 陈总), which they know them by.
    '备注名',
    '微信备注',
    '微信备注名',
    // Hong Kong and Taiwan ledgers' words, in simplified characters as every synonym here:
    // a header's traditional characters are folded before it is compared (联络人 ← 聯絡人).
    '联络人',
    // A salon's or a restaurant's guest.
    '客人姓名',
    // A guesthouse's or a hotel's guests.
    '住客姓名',
    '入住人',
    'Guest',
    'Guest Name',
    '客人',
    // A shop's member list (有赞, 微店) and 企业微信's customer export know a customer by the
    // nickname when nobody typed a name.
    '会员姓名',
    '会员昵称',
    '客户昵称',
    '昵称',
    '顾客姓名',
    '顾客',
    // A school's, a tutor's or a clinic's register: the student or the patient is the customer.
    '学员姓名',
    '学生姓名',
    '学员',
    '患者姓名',
    '病人姓名',
    // A wholesaler's book of the shops that buy from it: the shop (店名) and its owner, the person.
    '老板',
    '老板姓名',
    '店主',
    // A renovation company's or a property agent's homeowners.
    '业主姓名',
    '业主',
    // A garage's customers by their cars: the car's owner.
    '车主',
    '车主姓名',
    // A shop that sells on LINE or WeChat keeps the customer's real name (本名) beside the chat name.
    '本名',
    '真实姓名',
    '真名',
    // As Japanese shops and offices head them.
    '氏名',
    '氏名・店名',
    'お名前',
    '名前',
    '顾客名',
    'お客様名',
    '得意先名',
    // As Korean and Vietnamese shops head them.
    '이름',
    '고객명',
    '성명',
    'Họ tên',
    'Tên khách hàng',
    'Tên',
  ],
  company: [
    '公司',
    'Company',
    '公司名称',
    '单位',
    // A shop's credit book of firms and people alike: the firm, or the person where there is none.
    '单位名称',
    '单位名称/姓名',
    '单位/姓名',
    '企业',
    '企业名称',
    '工作单位',
    'Organization',
    'Organisation',
    // Google Contacts' and Outlook's CSV exports.
    'Organization Name',
    'Organization 1 - Name',
    'Company Name',
    'Account',
    'Account Name',
    '客户单位',
    '单位名称',
    '备注企业名称',
    // 管家婆's 往来单位 (the businesses one trades with), written in full beside its 简名; 金蝶
    // KIS's 客户资料 writes the customer's 名称 beside its 代码.
    '往来单位',
    '往来单位全名',
    '往来单位名称',
    '单位全名',
    '名称',
    // The shop a wholesaler sells to, as its book names it.
    '店名',
    '店铺名',
    '店铺名称',
    '门店名称',
    '商户名称',
    'Shop Name',
    'Store Name',
    'Store',
    'Shop',
    'Store / Business',
    'Business',
    'Business Name',
    // Also names (listed there first): the company when another column holds the person.
    '客户名称',
    '客户全称',
    '客户',
    'Customer Name',
    'Customer',
    'Client',
    'Client Name',
    // As Japanese shops and offices head them.
    '会社名',
    '屋号',
    '法人名',
  ],
  // The short name 金蝶, 用友 and 畅捷通 keep beside a customer's full 客户名称 (紫金山传媒 for
  // 南京紫金山文化传媒有限公司), which delivery notes and hand-kept ledgers often write instead.
  shortName: [
    '简称',
    '客户简称',
    '公司简称',
    '单位简称',
    '企业简称',
    '往来单位简称',
    '简名',
    '往来单位简名',
    'Short Name',
    'Abbreviation',
  ],
  // The name a customer goes by on WeChat, kept beside the real one by a salesperson who sells
  // there, whose own order list often writes it instead. A table whose only name is a nickname
  // (会员昵称, 昵称) has it as the name.
  nickname: [
    '微信昵称',
    '微信名',
    '微信名称',
    'WeChat Name',
    'WeChat Nickname',
    'Nickname',
    'Nick Name',
    '网名',
    // The name a customer shows on LINE, as Taiwan's and Japan's shops selling there keep it.
    'LINE 名称',
    'LINE 昵称',
    'LINE Name',
    // A Vietnamese shop's column of the names its customers show on Zalo, Facebook or LINE.
    'Zalo / FB / LINE',
    'Zalo / FB',
    'Zalo / Facebook',
    'Tên Zalo',
    'Tên Facebook',
    'Tên FB',
    // What a shop calls a regular (Mzee Kiprono, Mama Wanjiku), as its sales book writes them.
    'Known As',
    'Goes By',
    'Called',
    'Also Known As',
    'AKA',
  ],
  // The other half of a couple on one customer row (a wedding photographer's client and their
  // fiancé, a family's 老公): no customer of their own, but a name their payments may go by.
  partner: [
    'Partner',
    'Partner Name',
    'Spouse',
    'Spouse Name',
    'Fiancé',
    'Fiance',
    'Fiancée',
    '配偶',
    '配偶姓名',
    '爱人',
    '老公',
    '老婆',
    '丈夫',
    '妻子',
  ],
  title: [
    '职位',
    'Title',
    '职务',
    '头衔',
    'Job Title',
    'Position',
    'Role',
    '职称',
    // Google Contacts' CSV export.
    'Organization Title',
    'Organization 1 - Title',
  ],
  mobile: [
    '手机',
    'Mobile',
    // A guest book's one column for both (手机/微信: the number is the WeChat account too).
    '手机/微信',
    '手机/微信号',
    '手机号',
    '手机号码',
    '移动电话',
    'Mobile Phone',
    'Mobile Phone Number',
    // 企业微信's customer export: the number a colleague noted for the customer.
    '备注手机号',
    'Cell',
    'Cell Phone',
    'Cellphone',
    '手提电话',
    '手提',
    '流动电话',
    '行动电话',
    // A child's school reaches the parent.
    '家长手机',
    // Malaysia and Singapore: the handphone, H/P for short.
    'Handphone',
    'Hand Phone',
    'H/P',
    'H/P No',
    'HP No',
    // As Japanese shops and offices head them.
    '携帯',
    '携帯番号',
    '携帯电话',
    // As Korean and Vietnamese shops head them.
    '휴대폰',
    '핸드폰',
  ],
  phone: [
    '电话',
    'Phone',
    '联系电话',
    '座机',
    '家长电话',
    '固定电话',
    '办公电话',
    'Telephone',
    'Tel',
    'Phone Number',
    'Work Phone',
    // One column for a mobile or a landline, whichever the customer gave.
    'Mobile / Tel',
    'Tel / Mobile',
    'Phone / Mobile',
    'Mobile / Phone',
    // Outlook's CSV export; Google Contacts' writes each number as a label and a value.
    'Business Phone',
    'Phone 1 - Value',
    '联络电话',
    '公司电话',
    '市话',
    // A number to reach the customer on, as Philippine, Malaysian and Indian sheets head it.
    'Contact #',
    'Contact No',
    'Contact Number',
    // As Japanese shops and offices head them.
    '电话番号',
    // As Korean and Vietnamese shops head them.
    '연락처',
    '전화번호',
    'SĐT',
    'Số điện thoại',
    'Điện thoại',
  ],
  email: [
    '邮箱',
    'Email',
    '电子邮箱',
    '电子邮件',
    '邮件',
    'E-mail',
    'Email Address',
    // Zoho's contact export, and lists kept in India and Southeast Asia.
    'EmailID',
    'Email ID',
    // Google Contacts' CSV export: each address as a label and a value.
    'E-mail 1 - Value',
    'Mail',
    '电邮',
    '电邮地址',
    '电子信箱',
    // As Japanese shops and offices head them.
    'メールアドレス',
    'メール',
  ],
  wechat: ['微信', 'WeChat', '微信号', 'WeChat ID', 'Weixin'],
  // The buyer's account on a shop platform, as a seller notes it beside their own customer ids:
  // 淘宝's and 天猫's 旺旺号 (the 会员名 淘宝's orders export as 买家会员名), 拼多多's and 抖音's
  // accounts, TikTok Shop's Buyer Username, Shopee Taiwan's 買家帳號. Orders naming their buyer
  // by the platform's account (the orders' buyerAccount) are matched to this column. A nickname
  // alone (昵称, 抖音昵称) is a name, not an account: two people may choose the same one.
  platformAccount: [
    '平台账号',
    'Platform account',
    '旺旺号',
    '旺旺',
    '旺旺名',
    '旺旺ID',
    '淘宝账号',
    '淘宝会员名',
    '淘宝昵称',
    '买家会员名',
    '买家会员名称',
    '买家昵称',
    '买家账号',
    '买家旺旺',
    '拼多多账号',
    '抖音号',
    '平台会员名',
    'Buyer Username',
    'Buyer Account',
    'Platform Username',
    'Taobao ID',
    // Taiwan writes an account 帳號, which folds to 帐号, not to the mainland's 账号.
    '平台帐号',
    '买家帐号',
    '淘宝帐号',
  ],
  address: [
    '地址',
    'Address',
    '联系地址',
    '通讯地址',
    '详细地址',
    'Street Address',
    'Mailing Address',
    'Mailing Street',
    'Business Street',
    'Address 1 - Formatted',
    'Address 1 - Street',
    '联络地址',
    // As Japanese shops and offices head them.
    '住所',
    // As Korean and Vietnamese shops head them.
    '주소',
    'Địa chỉ',
    // Where someone lives, as a Vietnamese shop heads it for workers in dormitories (KTX 平鎮 A304).
    'Nơi ở',
    'Chỗ ở',
    'Ở',
    '住',
  ],
  city: ['城市', 'City', '所在城市', '地区', 'Region', 'Mailing City', 'Business City', 'Address 1 - City'],
  gender: ['性别', 'Gender', 'Sex'],
  birthday: [
    '生日',
    'Birthday',
    '出生日期',
    '生日日期',
    'Date of Birth',
    'DOB',
    'Birth Date',
    // As Japanese shops and offices head them.
    '诞生日',
    '生年月日',
  ],
  firstPurchase: [
    '首次购买日期',
    'First purchase',
    '首次购买',
    '首购日期',
    '首次下单日期',
    'First Purchase Date',
    'First Order Date',
    // As 有赞, 微盟 and other shop systems export their members: 首次消费时间, with the time of day.
    '首次消费时间',
    '首次消费日期',
    '首次购买时间',
    '首次下单时间',
  ],
  lastPurchase: [
    '最近购买日期',
    'Last purchase date',
    '最近购买',
    '最后购买日期',
    '最近下单日期',
    '上次购买日期',
    'Last Purchase',
    'Last Order Date',
    'Most Recent Purchase',
    '最近下单',
    '最近成交日期',
    '最近交易日期',
    'Last Order',
    '最近消费时间',
    '最近消费日期',
    '最后消费时间',
    '上次消费时间',
    '最近购买时间',
    '最近下单时间',
    '最后下单时间',
    '最近交易时间',
    // A school's or a course's register: a line per course paid for, on the day of enrolment (a
    // student's further lines extend it: see FurtherLines).
    '报名日期',
    '缴费日期',
    'Enrolment Date',
    'Enrollment Date',
    // A restaurant's or a salon's member system (美团, 客如云): the last visit is the last purchase.
    '最近到店时间',
    '最后到店时间',
    '最近到店日期',
  ],
  orderCount: [
    '购买次数',
    'Orders',
    '订单数',
    '订单数量',
    '下单次数',
    '消费次数',
    '交易次数',
    'Order Count',
    'Number of Orders',
    // Shopify's customer export.
    'Total Orders',
    'Orders Count',
    'Purchases',
    'Frequency',
    '累计消费次数',
    '累计购买次数',
    '累计下单次数',
    '累计订单数',
    '购买总次数',
    '成交次数',
  ],
  totalSpend: [
    '消费金额',
    // A receivables ledger by customer (应收账款明细表): the period's sales, beside what was
    // owed before and paid since.
    '本期销售',
    '本期销售额',
    '本期销售金额',
    // What a school took for a student's courses.
    '实收学费',
    '学费',
    'Total spend',
    '累计消费',
    '累计消费金额',
    '消费总额',
    '总金额',
    '交易金额',
    '总消费',
    'Total Spent',
    'Revenue',
    'Lifetime Spend',
    'Monetary',
    'Amount Spent',
    '累计金额',
    '累计消费额',
    '消费总金额',
    '交易总额',
    '成交金额',
    '销售额',
    '销售金额',
    '累计销售额',
    'Total Revenue',
    'Total Sales',
  ],
  owner: [
    '负责人',
    'Owner',
    '客户经理',
    '销售',
    '跟进人',
    '归属销售',
    'Account Manager',
    'Sales Rep',
    'Assigned To',
    '业务员',
    // A school's register: who enrolled the student (经办人), their course adviser.
    '经办人',
    '课程顾问',
    // HubSpot's and Salesforce's contact exports.
    'Contact Owner',
    'Account Owner',
    // 企业微信: the colleague who added the customer looks after them.
    '添加人',
    '所属员工',
    '归属员工',
  ],
  tags: ['标签', 'Tags', '客户标签', 'Tag', 'Labels'],
  source: ['来源', 'Source', '客户来源', '渠道', 'Lead Source', 'Channel', '来源渠道'],
  lastContact: [
    '最近联系日期',
    'Last contact',
    '最近联系',
    '上次联系日期',
    '最后联系日期',
    '最近跟进日期',
    'Last Contact Date',
    'Last Contacted',
    // HubSpot's Last Activity Date, Salesforce's Last Activity.
    'Last Activity Date',
    'Last Activity',
    '最近联络日期',
    '上次联络日期',
  ],
  satisfaction: ['满意度', 'Satisfaction', '满意度评分', '客户满意度', 'CSAT', 'Satisfaction Score'],
  recommend: [
    '推荐意愿',
    'Likelihood to recommend',
    'NPS',
    'NPS评分',
    '推荐度',
    '推荐意向',
    '推荐可能性',
    'Recommend',
    'NPS Score',
    'Would recommend',
  ],
  complaintStatus: ['投诉状态', 'Complaint status', '投诉阶段', '投诉处理状态', 'Complaint Stage'],
  complaintDate: ['投诉日期', 'Complaint date', '投诉时间', '投诉受理日期', 'Complaint Opened'],
  complaintStageDate: ['投诉阶段日期', 'Complaint stage date', '阶段开始日期', '状态更新日期', 'Stage Since'],
  complaintClosedDate: [
    '投诉关闭日期',
    'Complaint closed date',
    '结案日期',
    '投诉结案日期',
    'Complaint Closed',
  ],
  complaint: ['投诉内容', 'Complaint', '投诉', '投诉摘要', 'Complaint Summary'],
  note: [
    '备注',
    'Note',
    'Notes',
    '说明',
    'Remarks',
    'Comment',
    'Comments',
    // As Japanese shops and offices head them.
    '备考',
    'メモ',
    // As Korean and Vietnamese shops head them.
    '메모',
    '비고',
    'Ghi chú',
  ],
};

/** Each order field's synonyms in Chinese, English, Japanese, Korean and Vietnamese. */
const ORDER_SYNONYMS: Record<OrderField, readonly string[]> = {
  customerId: [
    '客户编号',
    'Customer ID',
    '客户ID',
    'customer_id',
    'Customer',
    'Client ID',
    '客户代码',
    '客户代号',
    '客编',
    '卡号',
    '客人编号',
    '客户号',
    '会员编号',
    '会员号',
    // A member's card number, as a restaurant's or a salon's spending book writes it on each bill.
    '会员卡号',
    'Member ID',
    'Member #',
    'Member No',
    'Member Number',
    'Customer No',
    'Customer Number',
    ...CUSTOMER_CODES,
    'Account ID',
    'Account Number',
    'Account',
    '客户编码',
    // A Malaysian or Singaporean shop's invoices name the customer's account (户口) by its code.
    'A/C',
    'A/C No',
    '户口',
    '户口号',
    // A school's receipts name the student by the register's number.
    '学号',
    ...STUDENT_NUMBERS,
    ...CUSTOMER_NUMBERS_ABROAD,
    ...STORE_NUMBERS,
  ],
  date: [
    '日期',
    'Date',
    '订单日期',
    // A contracts ledger (合同台账): when each contract was signed.
    '签订日期',
    '签约日期',
    '合同日期',
    '下单日期',
    '购买日期',
    '交易日期',
    'Order Date',
    'Purchase Date',
    'Transaction Date',
    '成交日期',
    '付款日期',
    // A receipt book's date: when the money came in (收款日期).
    '收款日期',
    '收款时间',
    'Invoice Date',
    'Close Date',
    // As online shops export them: 淘宝's 订单创建时间, Shopee Taiwan's 訂單成立日期.
    '订单创建时间',
    '订单成立日期',
    '订单成立时间',
    '下单时间',
    '付款时间',
    '单据日期',
    // Shopify's orders export: the order's Created at (2024-03-05 10:22:31 -0800).
    'Created at',
    // Shop platforms' exports: 淘宝's 买家下单时间, 抖店's 订单提交时间, 拼多多's 订单成交时间,
    // TikTok Shop's Created Time. The first column named for a date is taken, and each of these
    // exports writes its order's creation before its payment time.
    '买家下单时间',
    '订单提交时间',
    '订单成交时间',
    '订单付款时间',
    '买家付款时间',
    '支付完成时间',
    'Created Time',
    'Order Created Time',
    'Paid Time',
    // A shop's or salon's spending book (消费记录): the day a member spent.
    '消费日期',
    '消费时间',
    // Delivery notes and sales slips kept by hand (送货单, 出货单, 销售单).
    '送货日期',
    '出货日期',
    '发货日期',
    '开单日期',
    '销售日期',
    // As Japanese shops and offices head them.
    '日付',
    '売上日',
    '注文日',
    '受注日',
    '纳品日',
    '伝票日付',
    '购入日',
    '来店日',
    // A guesthouse's or a hotel's bookings: the stay's first night.
    '入住',
    '入住日期',
    '入住时间',
    'Check-in',
    'Check In',
    'Arrival',
    'Arrival Date',
    // As Korean and Vietnamese shops head them.
    '주문일',
    '주문일자',
    '판매일',
    'Ngày',
    'Ngày đặt',
    'Ngày bán',
  ],
  amount: [
    '金额',
    'Amount',
    // An account ledger's charges to the customer (see credit).
    '借方',
    '借方金额',
    'Debit',
    '订单金额',
    '合同金额',
    '合同额',
    '消费金额',
    '实付金额',
    '交易金额',
    'Order Amount',
    'Total',
    'Value',
    'Dollar Value',
    'Revenue',
    '成交金额',
    '销售额',
    '销售金额',
    'Order Total',
    'Total Amount',
    'Net Amount',
    // Xero's invoice reports: the amount with tax, in the currency named beside it (Gross (NZD)).
    'Gross',
    // What the customer paid, tax included, as Australian, New Zealand and British sole traders'
    // invoice sheets head it (beside an Ex GST column and a GST one, the amount before tax is
    // taken: see mapOrderHeader).
    'Total inc GST',
    'Total incl GST',
    'Amount inc GST',
    'Inc GST',
    'Total inc VAT',
    'Total incl VAT',
    // What the customer paid, tax included: 含稅金額 in Taiwan's ERP exports, 价税合计 in 金蝶's
    // and 用友's sales documents; 淘宝's order export names it 买家实际支付金额.
    '含税金额',
    '价税合计',
    // The amount in the business's own currency, beside an invoice's own (原币金额).
    '本币金额',
    // What a factory's delivery statement (送货对账) says is owed for a delivery, tax and all, beside
    // the amount before it (未税金额, taken where both stand: see mapOrderHeader).
    '应收金额',
    '未税金额',
    // What a trader's shipment (出货) was worth, beside what it was paid (收款金额).
    '出货金额',
    '实收金额',
    // A till's receipt: 实收 (what was taken).
    '实收',
    '支付金额',
    '付款金额',
    '买家实际支付金额',
    // What the buyer paid, as shop platforms' exports name it: 淘宝's 买家实付金额, 拼多多's
    // 用户实付金额(元), 抖店's 订单应付金额, 有赞's 订单实付金额, 1688's 实付款. (Their list
    // prices, 商品总价, are not what was paid.)
    '买家实付金额',
    '用户实付金额',
    '订单应付金额',
    '订单实付金额',
    '实付款',
    // As Korean and Vietnamese shops head them.
    '금액',
    '결제금액',
    '판매금액',
    'Thành tiền',
    'Số tiền',
    'Tổng tiền',
  ],
  orderId: [
    '订单编号',
    '合同编号',
    '合同号',
    'Order ID',
    '订单号',
    'order_id',
    'Order No',
    'Order Number',
    'Order #',
    '单号',
    // A till's receipt number.
    '小票号',
    '订单ID',
    // As Japanese shops and offices head them.
    '伝票No',
    '伝票番号',
    '注文番号',
    '受注番号',
    // As Korean and Vietnamese shops head them.
    '주문번호',
    'Mã đơn',
    'Mã đơn hàng',
    'Số HĐ',
  ],
  product: [
    '产品',
    'Product',
    '商品',
    '商品名称',
    '产品名称',
    'Item',
    'Items',
    'SKU',
    // What a receipt or a delivery was for, as Indian and Philippine books head it.
    // A guesthouse's room or what else was booked.
    '房间/项目',
    '房间',
    '房型',
    'Room',
    'Room Type',
    'Particulars',
    // What an account ledger's line is (销售…, 收到货款, 退回…, 期初余额): its 摘要.
    '摘要',
    // A flower or produce wholesaler's line: the variety taken (红玫瑰 卡罗拉, 洋桔梗).
    '品种',
    // What a clinic's, a salon's or a studio's till rang up: the service or the goods.
    '项目',
    '服务项目',
    '消费项目',
    // What a school's or a clinic's receipt was for (学费, 体检, 补考费).
    '收费项目',
    '缴费项目',
    '品项',
    'Service',
    // As Japanese shops and offices head them, and a Chinese wholesaler with the size (品名规格).
    '品名',
    '品名规格',
    '品名/规格',
    '商品名',
    '品目',
    // As Korean and Vietnamese shops head them.
    '상품',
    '상품명',
    '품목',
    'Sản phẩm',
    'Mặt hàng',
  ],
  quantity: [
    '数量',
    'Quantity',
    '件数',
    'Qty',
    'Units',
    // As Korean and Vietnamese shops head them.
    '수량',
    'SL',
    'Số lượng',
  ],
  // The price of one unit: with the quantity, the amount of a row in a ledger that writes no
  // 金额 (送货单 and 出货单 kept by hand: 日期, 客户, 品名, 数量, 单价).
  unitPrice: [
    '单价',
    'Unit Price',
    '含税单价',
    '销售单价',
    '成交单价',
    '售价',
    'Price',
    'Sale Price',
    // As Japanese shops and offices head them.
    '単価',
  ],
  status: [
    '订单状态',
    'Order Status',
    '状态',
    'Status',
    '交易状态',
    '订单类型',
    'Type',
    // A member-card ledger's line type: 消费, 充值, 退款, 撤销.
    '类型',
    '交易类型',
    '消费类型',
    '流水类型',
    // Shopify's paid / refunded / voided (its Fulfillment Status says nothing of the money).
    'Financial Status',
    // A sole trader's invoice sheet: Y, N, VOID, Refunded.
    'Paid?',
    'Paid',
    // A contracts ledger's 合同状态 (执行中, 已完成, 已终止, 作废); its 回款状态 says how it was paid.
    '合同状态',
    '回款状态',
    // A wholesaler's book: 已结清, 赊账, 部分付款, 已取消, 退货 (结账: 已结, 赊账, 还款). Such a
    // column says how an order was paid, so its 未付款 is a sale on credit (isPaymentStatusHeader).
    '付款情况',
    '结算情况',
    '结账',
    '付款状态',
    '收款状态',
    '收款情况',
    // A deals table's stage: only won deals are sales (orderStatusKind's OPEN_DEAL and LOST_DEAL).
    'Stage',
    'Deal Stage',
    'Pipeline Stage',
    'Sales Stage',
    'Opportunity Stage',
    '阶段',
    '销售阶段',
    '商机阶段',
    // As Korean and Vietnamese shops head them.
    '상태',
    '주문상태',
    'Trạng thái',
  ],
  // Read as the status only where there is no status column, and only a whole cell saying one
  // (作废, 退款): a ledger without a status column writes 作废 in its 备注. Beside a status column,
  // a whole cell saying the order was voided still leaves it out: QuickBooks' reports write Voided
  // under Memo/Description beside the transaction's Type.
  remarks: [
    '备注',
    'Remarks',
    'Remark',
    '说明',
    'Note',
    'Notes',
    'Memo',
    'Memo/Description',
    // As Japanese shops and offices head them.
    '备考',
    'メモ',
    // As Korean and Vietnamese shops head them.
    '메모',
    '비고',
    'Ghi chú',
  ],
  // An account ledger (三栏式明细账) writes each line's month and day in columns of their own, the
  // year only in its title (read as a date without its year is), and what was charged to the
  // customer (借方, the sales) apart from what was credited (贷方: payments, returns).
  month: ['月', '月份'],
  day: ['日'],
  credit: ['贷方', '贷方金额', 'Credit', 'Credits'],
  // How a bill was paid (微信, 现金, 储值卡, Card): where it says the member's stored-value card,
  // the ledger records what the card paid for, and money put on the card is no sale.
  payment: [
    '支付方式',
    '付款方式',
    // A wholesaler's 付款 or 结算 column: 微信, 现金, 月结, 赊账, 作废.
    '付款',
    '结算',
    '收款方式',
    // How a sale was paid, or that it was no sale (作废, 报价), in one column.
    '收款/状态',
    '付款/状态',
    // Whether a delivery was invoiced, or that it was no sale (作废, 报价, 红冲), in one column.
    '开票/状态',
    '支付渠道',
    '结账方式',
    '结算方式',
    // A credit book's column saying whether a sale went on credit or was paid in cash.
    '赊欠/现款',
    '赊欠/现金',
    '赊账/现金',
    '现款/赊欠',
    '现金/赊账',
    '现结/赊账',
    'Payment Method',
    'Paid By',
    'Paid With',
    'Payment Type',
    'Tender',
    // As Japanese shops and offices head them.
    '支払方法',
    '决済方法',
    'お支払い方法',
    // As Korean and Vietnamese shops head them.
    '결제',
    '결제수단',
    '결제방법',
    'Thanh toán',
    'Hình thức TT',
  ],
  // Online shops name the buyer by email or phone, not by a customer id: an orders table without
  // a customer-id column is matched to the customers by its email column, else by its mobile or
  // phone column (orderBuyerField). Shopify's Email, WooCommerce's Billing Email, 淘宝's 联系手机.
  email: [
    '邮箱',
    'Email',
    '电子邮箱',
    '电子邮件',
    'E-mail',
    'Email Address',
    'Customer Email',
    'Billing Email',
    '买家邮箱',
    '客户邮箱',
  ],
  // A mobile column is taken before a phone column: 淘宝's export has both 联系手机 and 联系电话,
  // the latter often a landline or empty.
  mobile: [
    '手机',
    'Mobile',
    '手机号',
    '手机号码',
    '联系手机',
    'Mobile Phone',
    'Cell',
    'Cell Phone',
    '买家手机',
    '客户手机',
    '收货人手机',
    '收货人手机号',
    '收货人手机号码',
    '收件人手机号',
    '收件人手机',
    '收件人手机号码',
    // 有赞's order picked up in a shop: 提货人手机号.
    '提货人手机号',
    '提货人手机',
  ],
  phone: [
    '电话',
    'Phone',
    '联系电话',
    'Phone Number',
    'Telephone',
    'Tel',
    'Billing Phone',
    'Customer Phone',
    // TikTok Shop's recipient's number.
    'Phone #',
  ],
  // What was given back of the order, where a shop writes it beside the amount paid (Shopify's
  // Refunded Amount, Stripe's Amount Refunded, 淘宝's 退款金额): the order is then a purchase of
  // its amount and a refund of this.
  // A shop platform's own name for the buyer's account: 淘宝's and 1688's 买家会员名, 有赞's
  // 买家昵称, TikTok Shop's Buyer Username. One account is one buyer, as the phone beside it
  // (masked: 138****5678) cannot tell; see orderBuyerField for when it names the buyer.
  buyerAccount: [
    '买家会员名',
    '买家会员名称',
    '买家昵称',
    '买家账号',
    '买家旺旺',
    'Buyer Username',
    // Shopee Taiwan's 買家帳號 (帳 folds to 帐, not to the mainland's 账).
    '买家帐号',
  ],
  // The customer's name, as a sales ledger without customer ids writes it (销售流水, 出库单 and
  // 送货单 of 金蝶, 用友 or 管家婆: 日期, 客户名称, 产品, 金额): a person's name or a company's,
  // matched with the customer table's name or company column (see orderBuyerField).
  customerName: [
    '客户名称',
    'Customer Name',
    // Also the customer's id (listed first there): the name where a code column takes the id
    // (Acc. No. | Customer).
    'Customer',
    '客户',
    '客户名',
    '客户姓名',
    '客户全称',
    '客人姓名',
    '会员姓名',
    '姓名',
    '购货单位',
    '购买单位',
    '购方名称',
    '收货单位',
    '往来单位',
    '单位名称',
    '公司名称',
    'Client',
    'Client Name',
    'Company',
    'Company Name',
    'Sold To',
    // A pet groomer's appointments, by owner (weak: a deals table's Owner is the salesperson).
    'Owner',
    'Owner Name',
    // A renovation company's receipts, by the homeowner who paid.
    '业主',
    '业主姓名',
    // A shop's order list by the customer (客人), as it knows them: a chat name or a real one.
    '客人',
    // A pet clinic's or a groomer's till, by the pet's owner.
    '主人',
    '主人姓名',
    '宠物主人',
    // A school's fee receipts, by the student.
    '学员',
    '学员姓名',
    '学生姓名',
    'Student Name',
    'Student',
    // A wholesaler's book of what the shops took, by the shop's owner, the shop beside (weak: the
    // owner's column names the buyer where both stand, as the customer list keys them).
    '老板',
    '老板姓名',
    '店主',
    '店名',
    // The shop and its owner in one column (一杯山野, 刘洋): not 门店 alone, which a chain's own
    // orders name the branch that sold by.
    '门店 / 老板',
    '花店',
    '店铺',
    // A receipt book (收据存根, 收款登记), by whoever paid: the customer, or their family for them.
    '缴费人',
    '交款人',
    '付款人',
    '付款单位',
    '交款单位',
    'Payer',
    'Payer Name',
    // As Japanese shops and offices head them.
    '得意先',
    '得意先名',
    '顾客名',
    'お客様名',
    '氏名',
    // A guesthouse's bookings, by the guest.
    '住客',
    '住客姓名',
    '入住人',
    'Guest',
    'Guest Name',
    // As Korean and Vietnamese shops head them.
    '주문자',
    '고객명',
    'Khách',
    'Tên khách',
    'Khách hàng',
  ],
  refunded: [
    '退款金额',
    'Refunded Amount',
    'Refund Amount',
    'Amount Refunded',
    '已退款金额',
    'Total Refunded',
    // TikTok Shop's Order Refund Amount, 淘宝's 买家退款金额.
    'Order Refund Amount',
    '买家退款金额',
  ],
};

/**
 * Each field's synonyms, then its words in the languages of HEADERS_ABROAD: the canonical Chinese
 * and English headers stay first (displayName shows them).
 */
function withHeadersAbroad<F extends string>(
  own: Record<F, readonly string[]>,
  table: keyof HeaderWords,
): Record<F, readonly string[]> {
  const merged: Record<string, readonly string[]> = { ...own };
  for (const language of HEADERS_ABROAD) {
    for (const [field, words] of Object.entries(language[table])) {
      const known = merged[field];
      if (known === undefined) throw new Error(`headersAbroad: no ${table} field ${field}`);
      merged[field] = [...known, ...words];
    }
  }
  return merged as Record<F, readonly string[]>;
}

/** Header synonyms per field; the first entries are the canonical zh / en headers. */
export const CUSTOMER_FIELD_SYNONYMS = withHeadersAbroad(CUSTOMER_SYNONYMS, 'customers');
export const ORDER_FIELD_SYNONYMS = withHeadersAbroad(ORDER_SYNONYMS, 'orders');

export const COMPLAINT_FIELD_SYNONYMS: Record<ComplaintField, readonly string[]> = {
  customerId: [
    '客户编号',
    'Customer ID',
    '客户ID',
    'customer_id',
    'Customer',
    '客户代码',
    '客户代号',
    '客户编码',
  ],
  openedDate: ['投诉日期', 'Opened', '受理日期', '投诉时间', 'Complaint Date', 'Date Opened', 'Date'],
  stage: ['投诉状态', 'Stage', '处理阶段', '状态', 'Status', 'Complaint Status'],
  stageDate: ['阶段日期', 'Stage date', '阶段开始日期', '状态更新日期', 'Stage Since', 'Updated'],
  closedDate: ['结案日期', 'Closed', '关闭日期', '投诉关闭日期', 'Date Closed', 'Closed Date'],
  summary: ['投诉内容', 'Summary', '内容', '问题描述', 'Description', 'Complaint'],
  satisfaction: ['满意度', 'Satisfaction', '回访满意度', 'CSAT'],
  owner: ['负责人', 'Owner', '处理人', 'Handler', 'Assigned To'],
};
