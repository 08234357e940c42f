import type { TableRole } from '../model/table.ts';
import { foldTraditional } from '../parse/simplifiedChinese.ts';
import { SHEET_NAMES } from '../sheets/sheetNames.ts';

/**
 * Sheet names that say what a sheet holds, compared trimmed, case-insensitively and with
 * traditional characters folded (訂單 is 订单). The toolkit's own names (订单 / Orders …) come
 * first; the rest are what people call them.
 */
export const ROLE_SHEET_NAMES: Record<TableRole, readonly string[]> = {
  customers: [
    ...Object.values(SHEET_NAMES.customers),
    '客户表',
    '客户名单',
    '客户列表',
    '客户台账',
    'customer',
    'clients',
  ],
  orders: [
    ...Object.values(SHEET_NAMES.orders),
    '订单表',
    '订单明细',
    '购买记录',
    '销售记录',
    '消费记录',
    '消费明细',
    '交易记录',
    '交易明细',
    '销货明细',
    '销货单',
    '销货记录',
    '出货明细',
    '销售明细',
    '收费记录',
    // A B2B seller's contracts ledger: each contract is a sale.
    '合同',
    '合同台账',
    '合同明细',
    '合同登记',
    'contracts',
    'order',
    'sales',
  ],
  complaints: [
    ...Object.values(SHEET_NAMES.complaints),
    '投诉表',
    '投诉记录',
    '客诉',
    '客诉记录',
    'complaint',
    'interactions',
  ],
};

// 紀錄 (Hong Kong's and Taiwan's record) folds to 纪录, written 记录 on the mainland.
const normalised = (name: string) => foldTraditional(name.trim().toLowerCase()).replace('纪录', '记录');

/** Whether a sheet's name says it holds `role`. */
export function isRoleSheetName(name: string, role: TableRole): boolean {
  const wanted = normalised(name);
  return ROLE_SHEET_NAMES[role].some((n) => normalised(n) === wanted);
}
