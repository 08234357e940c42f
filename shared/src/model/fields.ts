/**
 * The columns the toolkit understands, and the bilingual header synonyms that identify them.
 * Matching is case-, width- and space-insensitive (see table/normalizeHeader.ts); users can
 * override it per header in the configuration.
 */
export const CUSTOMER_FIELDS = [
  'id',
  'name',
  'company',
  'title',
  'mobile',
  'phone',
  'email',
  'wechat',
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
  'complaintStatus',
  'complaintDate',
  'complaintStageDate',
  'complaintClosedDate',
  'complaint',
  'note',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

export const ORDER_FIELDS = ['customerId', 'date', 'amount', 'orderId', 'product', 'quantity'] as const;
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

/** Header synonyms per field; the first entries are the canonical zh / en headers. */
export const CUSTOMER_FIELD_SYNONYMS: Record<CustomerField, readonly string[]> = {
  id: ['客户编号', 'Customer ID', '客户ID', '客户代码', '编号', 'ID', 'Customer No', 'Customer Number', 'Client ID', 'customer_id'],
  name: ['姓名', 'Name', '客户姓名', '客户名称', '联系人', '名字', 'Full Name', 'Customer Name', 'Contact', 'Contact Name'],
  company: ['公司', 'Company', '公司名称', '单位', '企业', '企业名称', '工作单位', 'Organization', 'Organisation', 'Company Name', 'Account'],
  title: ['职位', 'Title', '职务', '头衔', 'Job Title', 'Position', 'Role'],
  mobile: ['手机', 'Mobile', '手机号', '手机号码', '移动电话', 'Mobile Phone', 'Cell', 'Cell Phone', 'Cellphone'],
  phone: ['电话', 'Phone', '联系电话', '座机', '固定电话', '办公电话', 'Telephone', 'Tel', 'Phone Number', 'Work Phone'],
  email: ['邮箱', 'Email', '电子邮箱', '电子邮件', '邮件', 'E-mail', 'Email Address', 'Mail'],
  wechat: ['微信', 'WeChat', '微信号', 'WeChat ID', 'Weixin'],
  address: ['地址', 'Address', '联系地址', '通讯地址', '详细地址', 'Street Address', 'Mailing Address'],
  city: ['城市', 'City', '所在城市', '地区', 'Region'],
  gender: ['性别', 'Gender', 'Sex'],
  birthday: ['生日', 'Birthday', '出生日期', '生日日期', 'Date of Birth', 'DOB', 'Birth Date'],
  firstPurchase: ['首次购买日期', 'First purchase', '首次购买', '首购日期', '首次下单日期', 'First Purchase Date', 'First Order Date'],
  lastPurchase: ['最近购买日期', 'Last purchase date', '最近购买', '最后购买日期', '最近下单日期', '上次购买日期', 'Last Purchase', 'Last Order Date', 'Most Recent Purchase'],
  orderCount: ['购买次数', 'Orders', '订单数', '订单数量', '下单次数', '消费次数', '交易次数', 'Order Count', 'Number of Orders', 'Purchases', 'Frequency'],
  totalSpend: ['消费金额', 'Total spend', '累计消费', '累计消费金额', '消费总额', '总金额', '交易金额', '总消费', 'Total Spent', 'Revenue', 'Lifetime Spend', 'Monetary', 'Amount Spent'],
  owner: ['负责人', 'Owner', '客户经理', '销售', '跟进人', '归属销售', 'Account Manager', 'Sales Rep', 'Assigned To'],
  tags: ['标签', 'Tags', '客户标签', 'Tag', 'Labels'],
  source: ['来源', 'Source', '客户来源', '渠道', 'Lead Source', 'Channel'],
  lastContact: ['最近联系日期', 'Last contact', '最近联系', '上次联系日期', '最后联系日期', '最近跟进日期', 'Last Contact Date', 'Last Contacted'],
  satisfaction: ['满意度', 'Satisfaction', '满意度评分', '客户满意度', 'CSAT', 'Satisfaction Score'],
  complaintStatus: ['投诉状态', 'Complaint status', '投诉阶段', '投诉处理状态', 'Complaint Stage'],
  complaintDate: ['投诉日期', 'Complaint date', '投诉时间', '投诉受理日期', 'Complaint Opened'],
  complaintStageDate: ['投诉阶段日期', 'Complaint stage date', '阶段开始日期', '状态更新日期', 'Stage Since'],
  complaintClosedDate: ['投诉关闭日期', 'Complaint closed date', '结案日期', '投诉结案日期', 'Complaint Closed'],
  complaint: ['投诉内容', 'Complaint', '投诉', '投诉摘要', 'Complaint Summary'],
  note: ['备注', 'Note', 'Notes', '说明', 'Remarks', 'Comment', 'Comments'],
};

export const ORDER_FIELD_SYNONYMS: Record<OrderField, readonly string[]> = {
  customerId: ['客户编号', 'Customer ID', '客户ID', 'customer_id', 'Customer', 'Client ID', '客户代码'],
  date: ['日期', 'Date', '订单日期', '下单日期', '购买日期', '交易日期', 'Order Date', 'Purchase Date', 'Transaction Date'],
  amount: ['金额', 'Amount', '订单金额', '消费金额', '实付金额', '交易金额', 'Order Amount', 'Total', 'Value', 'Dollar Value', 'Revenue'],
  orderId: ['订单编号', 'Order ID', '订单号', 'order_id', 'Order No', 'Order Number'],
  product: ['产品', 'Product', '商品', '商品名称', '产品名称', 'Item', 'SKU'],
  quantity: ['数量', 'Quantity', '件数', 'Qty', 'Units'],
};

export const COMPLAINT_FIELD_SYNONYMS: Record<ComplaintField, readonly string[]> = {
  customerId: ['客户编号', 'Customer ID', '客户ID', 'customer_id', 'Customer'],
  openedDate: ['投诉日期', 'Opened', '受理日期', '投诉时间', 'Complaint Date', 'Date Opened', 'Date'],
  stage: ['投诉状态', 'Stage', '处理阶段', '状态', 'Status', 'Complaint Status'],
  stageDate: ['阶段日期', 'Stage date', '阶段开始日期', '状态更新日期', 'Stage Since', 'Updated'],
  closedDate: ['结案日期', 'Closed', '关闭日期', '投诉关闭日期', 'Date Closed', 'Closed Date'],
  summary: ['投诉内容', 'Summary', '内容', '问题描述', 'Description', 'Complaint'],
  satisfaction: ['满意度', 'Satisfaction', '回访满意度', 'CSAT'],
  owner: ['负责人', 'Owner', '处理人', 'Handler', 'Assigned To'],
};
