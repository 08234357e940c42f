import type { Random } from '../random/random.ts';
import type { City } from './places.ts';

/** Trade names (字号) with their pinyin, which company email domains are made of. */
// biome-ignore format: a data table reads best packed
const BRANDS: readonly (readonly [string, string])[] = [
  ['远帆', 'yuanfan'], ['云启', 'yunqi'], ['恒信', 'hengxin'], ['鼎盛', 'dingsheng'], ['博远', 'boyuan'],
  ['宏达', 'hongda'], ['金桥', 'jinqiao'], ['瑞丰', 'ruifeng'], ['新锐', 'xinrui'], ['天成', 'tiancheng'],
  ['正源', 'zhengyuan'], ['卓越', 'zhuoyue'], ['汇通', 'huitong'], ['中科', 'zhongke'], ['盛世', 'shengshi'],
  ['嘉禾', 'jiahe'], ['锦程', 'jincheng'], ['海纳', 'haina'], ['星辰', 'xingchen'], ['绿源', 'lvyuan'],
  ['德润', 'derun'], ['明悦', 'mingyue'], ['凯旋', 'kaixuan'], ['久安', 'jiuan'], ['万象', 'wanxiang'],
  ['安泰', 'antai'], ['联创', 'lianchuang'], ['品优', 'pinyou'], ['启明', 'qiming'], ['蓝海', 'lanhai'],
  ['沃土', 'wotu'], ['聚力', 'juli'], ['长青', 'changqing'], ['同舟', 'tongzhou'], ['信达', 'xinda'],
  ['弘毅', 'hongyi'], ['乐享', 'lexiang'], ['众诚', 'zhongcheng'], ['华创', 'huachuang'], ['泰和', 'taihe'],
];

// biome-ignore format: a data table reads best packed
const INDUSTRIES: readonly (readonly [string, string])[] = [
  ['科技', 'tech'], ['供应链管理', 'scm'], ['贸易', 'trade'], ['电子科技', 'elec'], ['机械设备', 'machinery'],
  ['食品', 'food'], ['服饰', 'fashion'], ['建材', 'bm'], ['医疗器械', 'medical'], ['信息技术', 'it'],
  ['物流', 'logistics'], ['文化传媒', 'media'], ['餐饮管理', 'catering'], ['新材料', 'material'], ['环保科技', 'eco'],
  ['包装材料', 'pack'], ['汽车配件', 'auto'], ['化工', 'chem'], ['家居', 'home'], ['网络科技', 'net'],
  ['实业', 'group'], ['进出口', 'imex'],
];

// biome-ignore format: a data table reads best packed
const CN_SUFFIXES: readonly string[] = ['有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '集团有限公司'];

// biome-ignore format: a data table reads best packed
const EN_BRANDS: readonly string[] = [
  'Acme', 'Northwind', 'Bluewater', 'Evergreen', 'Summit', 'Pioneer', 'Silverline', 'Redwood', 'Harbor', 'Crescent',
  'Atlas', 'Horizon', 'Keystone', 'Brightstar', 'Oakridge', 'Lighthouse', 'Granite', 'Maple', 'Falcon', 'Sterling',
  'Cobalt', 'Westbrook', 'Riverside', 'Ironwood', 'Bluebird', 'Meridian', 'Northstar', 'Clearwater', 'Highland', 'Sunrise',
  'Beacon', 'Kingsway', 'Fairview', 'Silverlake', 'Greenfield', 'Stonebridge', 'Ashford', 'Bayside', 'Redstone', 'Windmill',
];
// biome-ignore format: a data table reads best packed
const EN_INDUSTRIES: readonly string[] = [
  'Trading', 'Supplies', 'Logistics', 'Foods', 'Components', 'Electronics', 'Textiles', 'Industrial', 'Imports', 'Technologies',
  'Packaging', 'Instruments', 'Materials', 'Furniture', 'Medical',
];
const EN_SUFFIXES: readonly string[] = [
  'Ltd.',
  'Ltd.',
  'Co., Ltd.',
  'Inc.',
  'LLC',
  'GmbH',
  'Pte. Ltd.',
  'Pty Ltd',
  'Limited',
];

export interface Company {
  name: string;
  /** The company's email domain. */
  domain: string;
}

/** 上海远帆供应链管理有限公司, 远帆供应链管理（杭州）有限公司 … */
export function chineseCompany(random: Random, city: City): Company {
  const [brand, brandPinyin] = random.pick(BRANDS);
  const [industry, industryCode] = random.pick(INDUSTRIES);
  const suffix = random.pick(CN_SUFFIXES);
  const style = random.next();
  const name =
    style < 0.75
      ? `${city.name}${brand}${industry}${suffix}`
      : style < 0.88
        ? `${city.name}市${brand}${industry}${suffix}`
        : `${brand}${industry}（${city.name}）${suffix}`;
  const domain = random.chance(0.5) ? `${brandPinyin}.com` : `${brandPinyin}-${industryCode}.com.cn`;
  return { name, domain };
}

/** Acme Trading Ltd., Northwind Logistics (Suzhou) Co., Ltd. … */
export function englishCompany(random: Random, city: City): Company {
  const brand = random.pick(EN_BRANDS);
  const industry = random.pick(EN_INDUSTRIES);
  // Foreign-invested companies in China are registered per city: Acme Trading (Shanghai) Co., Ltd.
  const name = random.chance(0.4)
    ? `${brand} ${industry} (${city.pinyin.slice(0, 1).toUpperCase()}${city.pinyin.slice(1)}) Co., Ltd.`
    : `${brand} ${industry} ${random.pick(EN_SUFFIXES)}`;
  const domain = `${brand.toLowerCase()}${random.chance(0.5) ? industry.toLowerCase() : ''}.com`;
  return { name, domain };
}

/**
 * The same company written another way, as a second salesperson would type it: the legal suffix
 * changed (有限公司 → 公司, Ltd. → Limited) or the letter case changed. A likely duplicate, not an
 * exact one.
 */
export function companyVariant(name: string, random: Random): string {
  const rules: readonly (readonly [RegExp, string])[] = [
    [/股份有限公司$/, '有限公司'],
    [/有限责任公司$/, '有限公司'],
    [/集团有限公司$/, '集团'],
    [/有限公司$/, random.chance(0.5) ? '公司' : '股份有限公司'],
    [/（(.+)）/, '($1)'],
    [/ Co\., Ltd\.$/, ' Co. Ltd'],
    [/ Ltd\.$/, ' Limited'],
    [/ Limited$/, ' Ltd'],
    [/ Inc\.$/, ' Inc'],
    [/ LLC$/, ' L.L.C.'],
    [/ Pte\. Ltd\.$/, ' Pte Ltd'],
    [/ Pty Ltd$/, ' Pty. Ltd.'],
    [/ GmbH$/, ' GMBH'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(name)) return name.replace(pattern, replacement);
  }
  return `${name}（总部）`;
}
