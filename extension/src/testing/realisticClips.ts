import { clipCells } from '../logic/clipColumns.ts';
import type { Clip } from '../model/clip.ts';

const SURNAMES = ['陈', '王', '李', '张', '刘', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡'];
const GIVEN = [
  '静',
  '伟',
  '芳',
  '敏',
  '磊',
  '洋',
  '婷',
  '强',
  '晓明',
  '丽娟',
  '建华',
  '海燕',
  '志强',
  '雪梅',
];
const COMPANIES = [
  ['上海远帆供应链管理有限公司', 'yuanfan-scm.cn', '上海市浦东新区张江高科技园区碧波路 690 号 3 号楼 5 层'],
  ['杭州青禾贸易有限公司', 'qinghe-trade.com', '浙江省杭州市余杭区文一西路 998 号海创园 18 幢 1102 室'],
  [
    '深圳市启明星电子科技有限公司',
    'qmx-tech.com.cn',
    '广东省深圳市南山区科技园南区高新南七道 12 号 A 座 9 楼',
  ],
  ['北京华创智联信息技术有限公司', 'huachuang-iot.cn', '北京市海淀区中关村大街 27 号中关村大厦 1508 室'],
  [
    '苏州工业园区博远精密机械有限公司',
    'boyuan-precision.com',
    '江苏省苏州市工业园区星湖街 328 号创意产业园 6-501',
  ],
] as const;
const TITLES = ['销售总监', '采购经理', '华东区客户经理', '总经理助理', '市场部主管', 'Head of Procurement'];
const TAGS = ['展会2024', '进博会', '重点客户', '渠道', '华东区', '已报价'];
const NOTES = [
  '',
  '进博会 5.1 馆展位认识，对冷链物流方案感兴趣，约下周二电话跟进报价。',
  'Met at CIIE booth 5.1; asked for the Q3 price list and a sample shipment to Ningbo.',
  '',
];

/**
 * `count` saved clips as a salesperson builds them up: Chinese and English names, two numbers,
 * an address, tags, sometimes a note, the default purpose, and the sync bookkeeping a synced
 * clip carries (`sheetCells`, the row's cells as last written). Deterministic, so the byte
 * figures tests and benches measure are the same on every run.
 */
export function realisticClips(count: number, options: { idPrefix?: string; synced?: boolean } = {}): Clip[] {
  const { idPrefix = '5eed', synced = true } = options;
  return Array.from({ length: count }, (_, i) => {
    const [organization, domain, address] = COMPANIES[i % COMPANIES.length] ?? COMPANIES[0];
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
    const at = new Date(Date.UTC(2025, 0, 2) + i * 4 * 3_600_000).toISOString();
    const note = NOTES[i % NOTES.length];
    const clip: Clip = {
      // As long as the crypto.randomUUID() a saved clip gets; the prefix tells seeds apart.
      id: `${idPrefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${String(i).padStart(12, '0')}`,
      contact: {
        name,
        title: TITLES[i % TITLES.length],
        organization,
        emails: [`contact${i}@${domain}`],
        phones: [`+86139${String(10_000_000 + ((i * 7_919) % 89_999_999)).slice(0, 8)}`, '+862161234567'],
        address,
        website: `https://www.${domain}/`,
        socialUrls: [],
        tags: [TAGS[i % TAGS.length] ?? '展会2024', TAGS[(i + 2) % TAGS.length] ?? '渠道'],
        owner: '李雷',
        legalBasis: 'public-business-contact',
        purpose: '客户联系与业务跟进',
        ...(note ? { note } : {}),
      },
      origin: { url: `https://www.${domain}/about/contact-us?from=clip&i=${i}`, kind: 'json-ld' },
      createdAt: at,
      updatedAt: at,
      syncedAt: synced ? at : null,
    };
    return synced ? { ...clip, sheetCells: clipCells(clip) } : clip;
  });
}
