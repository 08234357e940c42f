import { followUpHeader } from '../followups/followUpColumns.ts';
import type { SheetGrid } from '../jobs/sheetGrid.ts';
import type { Cell } from '../model/table.ts';

/**
 * A workbook as a shop keeps it after a few months of the toolkit: customers, orders, complaints,
 * the follow-up sheet, a merge backup, the data-quality review, a report and a notes sheet. One
 * person, 张伟 (C003), appears in every one of them, written the ways people write: the mobile
 * as 139 1234 5678 in the table, +86 139-1234-5678 in a note, 13912345678 in a complaint, the
 * email in capitals in the backup, where the row still has an older mobile. 张伟明 (C005) is
 * someone else, and 李雷 shares 张伟's company switchboard.
 */
export const PERSON = {
  id: 'C003',
  name: '张伟',
  email: 'zhang.wei@example.com',
  mobile: '+8613912345678',
  oldMobile: '+8613800001111',
  wechat: 'zhangwei_88',
} as const;

export const PERSON_WORKBOOK_TOTAL = 12_345.6;

export function personWorkbook(): SheetGrid[] {
  const customers: Cell[][] = [
    ['华东区客户台账'],
    [],
    ['客户编号', '姓名', '公司', '手机', '电话', '邮箱', '微信', '城市', '最近购买日期', '备注'],
    [
      'C001',
      '李雷',
      '远帆贸易',
      '13700001234',
      '021-6123 4567',
      'li.lei@yuanfan.cn',
      'lilei_sh',
      '上海',
      '2026-01-05',
      '',
    ],
    ['C002', '韩梅梅', '绿洲茶业', '+86 136 0000 5678', '', 'hanmm@lvzhou.com', '', '杭州', '2025-12-20', ''],
    [
      'C003',
      '张伟',
      '远帆贸易',
      '139 1234 5678',
      '021-6123 4567',
      'Zhang.Wei@Example.com',
      '微信：zhangwei_88',
      '上海',
      '2026-01-18',
      '老客户，介绍人 李雷',
    ],
    [
      'C004',
      'Mary Smith',
      'Brightwave Ltd',
      '',
      '+1 212 555 0123',
      'mary@brightwave.com',
      '',
      'New York',
      '2025-11-02',
      '',
    ],
    [
      'C005',
      '张伟明',
      '明达机电',
      '13611112222',
      '',
      'zwm@mingda.cn',
      'zwm_1980',
      '苏州',
      '2026-01-09',
      '与 zhang.wei@example.com 无关',
    ],
  ];
  const orders: Cell[][] = [
    ['订单编号', '客户编号', '下单日期', '金额', '商品'],
    ['D1001', 'C001', '2025-10-02', 1200, '绿茶礼盒'],
    ['D1002', 'C003', '2025-10-15', 2345.6, '红茶'],
    ['D1003', 'C002', '2025-11-01', 800, '茶具'],
    ['D1004', 'C003', '2025-12-03', 3000, '普洱'],
    ['D1005', 'C005', '2025-12-19', 1500, '白茶'],
    ['D1006', 'C004', '2026-01-07', 500, 'Oolong'],
    ['D1007', 'C003', '2026-01-18', 3000, '普洱'],
  ];
  const complaints: Cell[][] = [
    ['客户编号', '投诉日期', '处理阶段', '投诉内容', '满意度'],
    ['C003', '2026-01-20', '回访', '张伟反映发货慢，回电 13912345678', 4],
    ['C002', '2026-01-22', '受理', '包装破损', ''],
  ];
  const taskHeader = followUpHeader('zh');
  const task = (cells: Partial<Record<string, Cell>>): Cell[] => taskHeader.map((h) => cells[h] ?? '');
  const followUps: Cell[][] = [
    taskHeader,
    task({
      到期日: '2026-02-03',
      客户编号: 'C003',
      客户: '张伟',
      话术: '张伟您好，上次的普洱还满意吗？',
      任务编号: 'T1',
    }),
    task({
      到期日: '2026-02-04',
      客户编号: 'C001、C003',
      客户: '李雷、张伟',
      话术: '春节问候',
      任务编号: 'T2',
    }),
    task({ 到期日: '2026-02-05', 客户编号: 'C005', 客户: '张伟明', 话术: '张伟明您好', 任务编号: 'T3' }),
  ];
  const backup: Cell[][] = [
    ['客户编号', '姓名', '公司', '手机', '邮箱', '微信'],
    ['C001', '李雷', '远帆贸易', '13700001234', 'li.lei@yuanfan.cn', 'lilei_sh'],
    ['C003', '张伟', '远帆贸易', '138 0000 1111', 'ZHANG.WEI@EXAMPLE.COM', ''],
    ['C003', '张伟', '远帆贸易', '138 0000 1111', 'ZHANG.WEI@EXAMPLE.COM', ''],
  ];
  const review: Cell[][] = [
    ['类型', '行', '列', '值', '说明'],
    ['重复（完全相同）', '2, 3', '邮箱 zhang.wei@example.com', 1, '建议保留第 2 行'],
    ['无效', '6', '微信', '微信：zhangwei_88', '微信号格式'],
    ['缺失', '4', '邮箱', '', '缺少邮箱'],
  ];
  const report: Cell[][] = [
    ['客户报告'],
    ['大客户', '客户编号', '消费金额'],
    ['张伟', 'C003', 8345.6],
    ['张伟明', 'C005', 1500],
    ['李雷', 'C001', 1200],
  ];
  const notes: Cell[][] = [
    ['日期', '记录'],
    ['2026-01-21', '已电话联系 +86 139-1234-5678，下周寄样品'],
    ['2026-01-22', '韩梅梅要发票'],
    [13912345678, '客户来电号码'],
  ];
  return [
    { name: '客户', rows: customers },
    { name: '订单', rows: orders },
    { name: '投诉', rows: complaints },
    { name: '跟进任务', rows: followUps },
    { name: '客户备份 2026-01-10', rows: backup },
    { name: '数据质量', rows: review },
    { name: '客户报告 2026-02-01', rows: report },
    { name: '备注', rows: notes },
  ];
}
