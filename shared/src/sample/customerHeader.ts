// The customer table's columns, as a Chinese SME writes them: Chinese headers, one row per customer,
// with the purchase summary columns some teams keep next to the contact details.

export const CUSTOMER_HEADER = [
  '客户编号',
  '姓名',
  '公司',
  '职位',
  '手机',
  'Email',
  '地址',
  '生日',
  '负责人',
  '标签',
  '最近联系日期',
  '满意度',
  '投诉状态',
  '投诉日期',
  // The NPS question (0–10), asked of some customers.
  '推荐意愿',
  '备注',
  // Not a toolkit column: must come back untouched and in place.
  '微信群',
] as const;

export const SUMMARY_HEADER = ['首次购买日期', '最近购买日期', '购买次数', '消费金额'] as const;

/** Column positions in the customer table (summary columns, when asked for, go after 生日). */
export const COL = { id: 0, name: 1, company: 2, mobile: 4, email: 5, satisfaction: 11 };
