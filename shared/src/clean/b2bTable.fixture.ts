// Test and benchmark support: a B2B customer table as a sales team keeps it, with the truth about
// its duplicates written down. Companies have several contacts, and colleagues look alike on
// purpose: same surname, given names a character apart (林建强 / 林建涵), same company and city,
// each with their own phone and email. Planted duplicates are one person entered twice the way it
// happens: the name spaced or in full width, a second number from a business card, no contact at
// all, or a one-character typo.
import { type CustomerRecord, emptyCustomerRecord } from '../model/records.ts';
import { Random } from '../random/random.ts';

/** How the table is generated: the tuning and the held-out tables differ in every knob. */
export interface B2bTableOptions {
  seed: number;
  companies: number;
  /** Contacts per company, from–to. */
  colleagues: [number, number];
  surnames: readonly string[];
  givenFirst: readonly string[];
  givenSecond: readonly string[];
  cities: readonly string[];
  /** Share of contacts that get a planted duplicate. */
  duplicateShare: number;
}

export interface B2bTable {
  records: CustomerRecord[];
  /** Pairs of sheet rows that are one person, `low:high`. */
  duplicatePairs: Set<string>;
}

export const TUNING_B2B: B2bTableOptions = {
  seed: 11,
  companies: 220,
  colleagues: [4, 14],
  surnames: ['林', '王', '张', '陈', '刘', '李', '黄', '周', '吴', '徐'],
  givenFirst: ['建', '志', '晓', '国', '海', '文'],
  givenSecond: ['强', '涵', '明', '华', '伟', '军', '芳', '平', '勇', '杰', '涛', '斌'],
  cities: ['上海', '苏州', '杭州', '宁波', '南京'],
  duplicateShare: 0.08,
};

/** Checked last, never tuned on: other names, bigger teams, other cities, more duplicates. */
export const HELD_OUT_B2B: B2bTableOptions = {
  seed: 29,
  companies: 160,
  colleagues: [6, 22],
  surnames: ['赵', '孙', '郑', '何', '高', '马', '罗', '梁', '宋', '郭'],
  givenFirst: ['德', '永', '立', '春', '玉', '子'],
  givenSecond: ['成', '诚', '红', '宏', '林', '琳', '鹏', '朋', '新', '欣', '波', '博'],
  cities: ['北京', '天津', '青岛', '济南'],
  duplicateShare: 0.12,
};

const LEGAL_SUFFIXES = ['有限公司', '股份有限公司', '（集团）有限公司'];
const KINDS = ['spaced-name', 'second-number', 'no-contact', 'name-typo'] as const;

/** A B2B table per the options, rows from sheet row 2, with its duplicate pairs. */
export function b2bTable(options: B2bTableOptions): B2bTable {
  const random = new Random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[random.int(list.length)] as T;
  const records: CustomerRecord[] = [];
  const duplicatePairs = new Set<string>();
  const usedNames = new Set<string>();
  let serial = 0;
  const mobile = () => `+86139${String(10_000_000 + serial++).slice(-8)}`;
  for (let c = 0; c < options.companies; c++) {
    const brand = `${pick(['华东', '恒信', '远帆', '精工', '星河', '盛泰'])}${pick(['精密', '机械', '电子', '物流', '材料'])}${c}`;
    const company = `${brand}${pick(LEGAL_SUFFIXES)}`;
    const city = pick(options.cities);
    const surname = pick(options.surnames);
    const first = pick(options.givenFirst);
    const size = options.colleagues[0] + random.int(options.colleagues[1] - options.colleagues[0] + 1);
    for (let k = 0; k < size; k++) {
      // Colleagues share surname and often the first given character; names stay distinct.
      let name = '';
      for (let attempt = 0; attempt < 20; attempt++) {
        name = `${random.chance(0.6) ? surname : pick(options.surnames)}${random.chance(0.7) ? first : pick(options.givenFirst)}${pick(options.givenSecond)}`;
        if (!usedNames.has(`${company}${name}`)) break;
      }
      usedNames.add(`${company}${name}`);
      const row = records.length + 2;
      const person = emptyCustomerRecord(row, {
        id: `B${row}`,
        name,
        company,
        city,
        title: pick(['销售经理', '采购经理', '工程师', '总经理', '财务']),
        mobile: mobile(),
        email: `u${row}@${brand.toLowerCase()}.example.cn`,
      });
      records.push(person);
      if (!random.chance(options.duplicateShare)) continue;
      const copyRow = records.length + 2;
      const kind = pick(KINDS);
      const copy = emptyCustomerRecord(copyRow, {
        id: `B${copyRow}`,
        name: kind === 'spaced-name' ? `${name.slice(0, 1)} ${name.slice(1)}` : name,
        company: kind === 'spaced-name' ? brand : company,
        city,
      });
      if (kind === 'second-number') copy.phone = `+86215${String(1_000_000 + serial++).slice(-7)}`;
      if (kind === 'spaced-name') copy.mobile = person.mobile;
      if (kind === 'name-typo') copy.name = `${name.slice(0, 2)}${typo(name.slice(2), options, random)}`;
      records.push(copy);
      duplicatePairs.add(`${row}:${copyRow}`);
    }
  }
  return { records, duplicatePairs };
}

function typo(character: string, options: B2bTableOptions, random: Random): string {
  const others = options.givenSecond.filter((c) => c !== character);
  return others[random.int(others.length)] ?? character;
}
