import type { CustomerField } from '../model/fields.ts';
import type {
  Channel,
  ComplaintStage,
  FollowUpKind,
  Group8,
  Holiday,
  Language,
  Lifecycle,
  Priority,
  Segment,
  ValueTier,
} from '../model/keys.ts';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

// Segment labels never reuse a lifecycle word: "new" (first purchase within newMaxDays) and "at
// risk" (no purchase for activeMaxDays to atRiskMaxDays) are lifecycle stages with one definition
// each, and an R×F cell of the same name would count different customers under the same words.
export const SEGMENT_LABELS: Labels<Segment> = {
  champions: { zh: '冠军客户', en: 'Champions' },
  'loyal-customers': { zh: '忠诚客户', en: 'Loyal customers' },
  'potential-loyalists': { zh: '潜在忠诚客户', en: 'Potential loyalists' },
  'new-customers': { zh: '近期单次客户', en: 'Recent one-time buyers' },
  promising: { zh: '有潜力客户', en: 'Promising' },
  'need-attention': { zh: '需要关注', en: 'Need attention' },
  'about-to-sleep': { zh: '即将沉睡', en: 'About to sleep' },
  'at-risk': { zh: '渐行渐远', en: 'Slipping away' },
  'cannot-lose-them': { zh: '不能失去的客户', en: 'Cannot lose them' },
  hibernating: { zh: '沉睡客户', en: 'Hibernating' },
  prospect: { zh: '潜在客户', en: 'Prospect' },
};

export const GROUP8_LABELS: Labels<Group8> = {
  'important-value': { zh: '重要价值客户', en: 'Important value' },
  'important-development': { zh: '重要发展客户', en: 'Important development' },
  'important-retention': { zh: '重要保持客户', en: 'Important retention' },
  'important-winback': { zh: '重要挽留客户', en: 'Important win-back' },
  'general-value': { zh: '一般价值客户', en: 'General value' },
  'general-development': { zh: '一般发展客户', en: 'General development' },
  'general-retention': { zh: '一般保持客户', en: 'General retention' },
  'general-winback': { zh: '一般挽留客户', en: 'General win-back' },
};

export const LIFECYCLE_LABELS: Labels<Lifecycle> = {
  prospect: { zh: '潜在', en: 'Prospect' },
  new: { zh: '新客户', en: 'New customers' },
  active: { zh: '活跃', en: 'Active' },
  'at-risk': { zh: '流失风险', en: 'At risk' },
  churned: { zh: '已流失', en: 'Churned' },
};

export const VALUE_TIER_LABELS: Labels<ValueTier> = {
  high: { zh: '高价值', en: 'High value' },
  medium: { zh: '中价值', en: 'Medium value' },
  low: { zh: '低价值', en: 'Low value' },
};

export const FOLLOW_UP_KIND_LABELS: Labels<FollowUpKind> = {
  revisit: { zh: '定期回访', en: 'Regular check-in' },
  'win-back': { zh: '挽回', en: 'Win-back' },
  'post-purchase': { zh: '购后回访', en: 'Post-purchase check-in' },
  birthday: { zh: '生日关怀', en: 'Birthday care' },
  holiday: { zh: '节日问候', en: 'Holiday greeting' },
  complaint: { zh: '投诉处理', en: 'Complaint handling' },
  'satisfaction-survey': { zh: '满意度调查', en: 'Satisfaction survey' },
};

export const PRIORITY_LABELS: Labels<Priority> = {
  urgent: { zh: '紧急', en: 'Urgent' },
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};

export const CHANNEL_LABELS: Labels<Channel> = {
  phone: { zh: '电话', en: 'Phone call' },
  wechat: { zh: '微信', en: 'WeChat' },
  email: { zh: '邮件', en: 'Email' },
  sms: { zh: '短信', en: 'SMS' },
  visit: { zh: '上门拜访', en: 'Visit' },
};

export const COMPLAINT_STAGE_LABELS: Labels<ComplaintStage> = {
  received: { zh: '受理', en: 'Received' },
  investigating: { zh: '调查核实', en: 'Investigating' },
  resolving: { zh: '制定解决方案', en: 'Working on a solution' },
  feedback: { zh: '反馈处理结果', en: 'Reporting the outcome' },
  revisit: { zh: '回访', en: 'Follow-up visit' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const HOLIDAY_LABELS: Labels<Holiday> = {
  'new-year': { zh: '元旦', en: "New Year's Day" },
  'spring-festival': { zh: '春节', en: 'Spring Festival' },
  'lantern-festival': { zh: '元宵节', en: 'Lantern Festival' },
  'dragon-boat': { zh: '端午节', en: 'Dragon Boat Festival' },
  'mid-autumn': { zh: '中秋节', en: 'Mid-Autumn Festival' },
  'national-day': { zh: '国庆节', en: 'National Day' },
};

/** Labels of the managed and recognised columns, used for headers the toolkit writes. */
export const FIELD_LABELS: Labels<CustomerField> = {
  id: { zh: '客户编号', en: 'Customer ID' },
  name: { zh: '姓名', en: 'Name' },
  company: { zh: '公司', en: 'Company' },
  shortName: { zh: '简称', en: 'Short name' },
  nickname: { zh: '微信昵称', en: 'WeChat name' },
  partner: { zh: '配偶', en: 'Partner' },
  title: { zh: '职位', en: 'Title' },
  mobile: { zh: '手机', en: 'Mobile' },
  phone: { zh: '电话', en: 'Phone' },
  email: { zh: '邮箱', en: 'Email' },
  wechat: { zh: '微信', en: 'WeChat' },
  platformAccount: { zh: '平台账号', en: 'Platform account' },
  address: { zh: '地址', en: 'Address' },
  city: { zh: '城市', en: 'City' },
  gender: { zh: '性别', en: 'Gender' },
  birthday: { zh: '生日', en: 'Birthday' },
  firstPurchase: { zh: '首次购买日期', en: 'First purchase' },
  lastPurchase: { zh: '最近购买日期', en: 'Last purchase date' },
  orderCount: { zh: '购买次数', en: 'Orders' },
  totalSpend: { zh: '消费金额', en: 'Total spend' },
  owner: { zh: '负责人', en: 'Owner' },
  tags: { zh: '标签', en: 'Tags' },
  source: { zh: '来源', en: 'Source' },
  lastContact: { zh: '最近联系日期', en: 'Last contact' },
  satisfaction: { zh: '满意度', en: 'Satisfaction' },
  recommend: { zh: '推荐意愿', en: 'Likelihood to recommend' },
  complaintStatus: { zh: '投诉状态', en: 'Complaint status' },
  complaintDate: { zh: '投诉日期', en: 'Complaint date' },
  complaintStageDate: { zh: '投诉阶段日期', en: 'Complaint stage date' },
  complaintClosedDate: { zh: '投诉关闭日期', en: 'Complaint closed date' },
  complaint: { zh: '投诉内容', en: 'Complaint' },
  note: { zh: '备注', en: 'Note' },
};

/** The label of a key in a language. */
export function label<K extends string>(table: Labels<K>, key: K, language: Language): string {
  return table[key][language];
}
