import type { Language } from '../model/keys.ts';
import type {
  EvidenceCap,
  EvidenceItem,
  EvidenceLandmark,
  EvidencePlace,
  SchemaOrgRole,
} from './evidence.ts';

// Where a contact was found, worded for the user. Words taken from the page (a heading, a class
// name, a contactType) are quoted or shown as the page writes them; everything else is the
// catalogue's. The English texts are those `crm extract` has always printed.

type ItemTexts = { [K in EvidenceItem['kind']]: (item: Extract<EvidenceItem, { kind: K }>) => string };
type EvidenceTexts = ItemTexts & { separator: string };

const LANDMARK_ZH = {
  footer: '页脚',
  header: '页眉',
  nav: '导航栏',
  aside: '侧栏',
  section: '区块',
  main: '主体',
  article: '文章',
  address: '地址块',
  table: '表格',
} satisfies Record<EvidenceLandmark, string>;

const ROLE_ZH = { person: '人员', organization: '机构', 'contact-point': '联系点' } satisfies Record<
  SchemaOrgRole,
  string
>;

const SYNTAX = {
  zh: { 'json-ld': 'JSON-LD 结构化数据', microdata: '微数据' },
  en: { 'json-ld': 'JSON-LD', microdata: 'microdata' },
} satisfies Record<Language, Record<'json-ld' | 'microdata', string>>;

const joinZh = (...parts: (string | null)[]) => parts.filter((p) => p !== null).join('，');

function placeZh(place: EvidencePlace | null): string | null {
  if (place === null) return null;
  if (place.selector !== null) return `位于 ${place.selector}`;
  return place.landmark === null ? null : `位于${LANDMARK_ZH[place.landmark]}`;
}

const headingZh = (heading: string | null) => (heading === null ? null : `在标题“${heading}”下`);

const capZh = (cap: EvidenceCap | null) =>
  cap === null ? '' : `（只列出前 ${cap.kept} 个：共 ${cap.emails} 个邮箱、${cap.phones} 个电话）`;

const placeEn = (place: EvidencePlace | null) => place?.selector ?? place?.landmark ?? null;

const capEn = (cap: EvidenceCap | null) =>
  cap === null ? '' : ` (first ${cap.kept} of ${cap.emails} emails, ${cap.phones} phones)`;

const TEXTS = {
  zh: {
    'schema-org': (item) => {
      const point = item.contactPoint;
      const also = item.role === 'organization' && point !== null ? '及其联系点' : '';
      const type = point?.contactType ? `（“${point.contactType}”）` : '';
      return joinZh(`${SYNTAX.zh[item.syntax]}中的${ROLE_ZH[item.role]}${also}${type}`, placeZh(item.place));
    },
    'h-card': (item) => (item.legacy ? 'h-card 名片（旧版微格式）' : 'h-card 名片'),
    link: (item) =>
      joinZh(item.link === 'mailto' ? '邮件链接' : '电话链接', placeZh(item.place), headingZh(item.heading)) +
      capZh(item.cap),
    text: (item) =>
      (item.heading !== null
        ? joinZh('正文', headingZh(item.heading))
        : item.place === null
          ? '页面正文'
          : joinZh('正文', placeZh(item.place))) + capZh(item.cap),
    selection: (item) => `选中的文字${capZh(item.cap)}`,
    'meta-tags': () => '页面元信息',
    'profile-links': () => '页面上的社交主页链接',
    separator: '；',
  },
  en: {
    'schema-org': (item) => {
      const point = item.contactPoint;
      const also = item.role === 'organization' && point !== null ? ' with ContactPoint' : '';
      const type = point?.contactType ? ` (${point.contactType})` : '';
      const where = placeEn(item.place);
      return `${SYNTAX.en[item.syntax]} ${item.type}${also}${type}${where === null ? '' : ` in ${where}`}`;
    },
    'h-card': (item) => (item.legacy ? 'h-card (vcard)' : 'h-card'),
    link: (item) =>
      `${item.link} link in ${placeEn(item.place) ?? 'page'}${
        item.heading === null ? '' : ` near heading "${item.heading}"`
      }${capEn(item.cap)}`,
    text: (item) =>
      (item.heading !== null
        ? `text near heading "${item.heading}"`
        : `text in ${placeEn(item.place) ?? 'page'}`) + capEn(item.cap),
    selection: (item) => `selected text${capEn(item.cap)}`,
    'meta-tags': () => 'meta tags',
    'profile-links': () => 'social profile links on the page',
    separator: '; ',
  },
} satisfies Record<Language, EvidenceTexts>;

/**
 * Where a contact was found, in the user's language, e.g. 邮件链接，位于 .team，在标题“销售部”下 or
 * mailto link in .team near heading "Sales". One text per place, joined.
 */
export function describeEvidence(items: readonly EvidenceItem[], language: Language): string {
  const texts: EvidenceTexts = TEXTS[language];
  return items.map((item) => wordItem(item, texts)).join(texts.separator);
}

function wordItem(item: EvidenceItem, texts: ItemTexts): string {
  // Each kind with its own text; the casts only undo TypeScript's loss of the pairing.
  return (texts[item.kind] as (i: EvidenceItem) => string)(item);
}
