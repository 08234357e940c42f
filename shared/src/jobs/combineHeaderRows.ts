import type { Config } from '../config/config.ts';
import type { TableRole } from '../model/table.ts';
import { headerFit } from './tableRequirements.ts';

/**
 * The header of a table whose header takes two rows, as ledgers draw it: a group label merged
 * over several columns above, the column names below (联系方式 over 手机 | 邮箱), and names that
 * span both rows written in the upper one (客户编号 merged down). For each column the first text
 * that names a known field wins: the lower cell, the group label joined to it (消费 + 金额 =
 * 消费金额), the upper cell; when none does, the lower cell, else the upper one, is kept as written.
 */
export function combineHeaderRows(
  upper: readonly string[],
  lower: readonly string[],
  role: TableRole,
  overrides: Config['headerOverrides'],
): string[] {
  const width = Math.max(upper.length, lower.length);
  const names: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const top = upper[c] ?? '';
    const bottom = lower[c] ?? '';
    // A merged group label is stored in its first cell; the cells it spans read as empty.
    if (top !== '') group = top;
    else if (bottom === '') group = '';
    // A label over this column and the next ones (ग्राहक / Customer over Sr. | Name | Known as)
    // names the group, not this column: its own name is the lower one, known or not.
    const spans = top !== '' && bottom !== '' && (upper[c + 1] ?? '') === '' && (lower[c + 1] ?? '') !== '';
    // Units under a quantity (数量 over 斤 | 饼): the group names its first column, the units no field.
    const candidates =
      bottom === ''
        ? [top]
        : spans
          ? [bottom, `${top}${bottom}`, ...(UNIT.test(bottom) ? [top] : [])]
          : [bottom, `${top || group}${bottom}`, top];
    const known = candidates.find((text) => text !== '' && headerFit(role, [text], overrides).fields > 0);
    names.push(known ?? (bottom || top));
  }
  return names;
}

/** A unit of measure written alone under a quantity's label: 斤, 饼, 箱, kg, pcs. */
const UNIT =
  /^(?:斤|两|公斤|千克|克|吨|饼|箱|件|个|盒|包|袋|条|瓶|桶|卷|张|只|支|套|罐|提|kg|g|t|pcs|lbs?|m|m²|㎡)$/i;
