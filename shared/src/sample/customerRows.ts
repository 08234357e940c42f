import type { Cell } from '../model/table.ts';
import { WeightedPicker } from '../random/random.ts';
import { type Company, chineseCompany, englishCompany } from './companies.ts';
import { STAGE_LABELS_ZH } from './complaints.ts';
import {
  brokenEmail,
  chineseLandline,
  chineseMobileDigits,
  emailFor,
  foreignPhone,
  formatChineseMobile,
} from './contacts.ts';
import { COL } from './customerHeader.ts';
import type { CustomerRowContext } from './customerRowContext.ts';
import { impossibleDate, messyBirthday } from './dateFormats.ts';
import { exactDuplicate, likelyDuplicate } from './duplicateRows.ts';
import { chineseName, englishName } from './names.ts';
import { CITIES, type City, chineseAddress, englishAddress } from './places.ts';
import { ROLE } from './sampleRates.ts';

// biome-ignore format: a data table reads best packed
const TITLES_ZH = ['总经理', '采购经理', '采购主管', '销售总监', '财务经理', '行政主管', '老板', '店长', '项目经理', '技术总监', '采购专员', '运营经理', '副总经理', '董事长'];
// biome-ignore format: a data table reads best packed
const TITLES_EN = ['Purchasing Manager', 'CEO', 'Operations Director', 'Buyer', 'Office Manager', 'Procurement Lead', 'Managing Director', 'Founder'];
const OWNERS = new WeightedPicker<string>([
  ['张丽', 25],
  ['王强', 20],
  ['李娜', 20],
  ['陈晨', 15],
  ['Kevin Zhou', 10],
  ['刘洋', 10],
]);
const TAG_SEPARATORS = [',', '，', '、', '；', '/'];
const NOTES = [
  '春节前送礼',
  '只接受微信联系',
  '周末勿扰',
  '年底有采购计划',
  '对价格敏感，需要报价单',
  '老板亲自拍板',
  '上次展会认识',
  'prefers email',
  'call after 2pm',
  '需开增值税专用发票',
];
const WECHAT_GROUPS = ['华东客户群', '经销商1群', 'VIP客户群', '华南区域群', '展会客户群', '售后服务群'];
const CITY_PICKER = new WeightedPicker<City>(CITIES.map((city) => [city, city.weight] as const));
const SATISFACTION = new WeightedPicker<number>([
  [5, 35],
  [4, 40],
  [3, 15],
  [2, 7],
  [1, 3],
]);
/** Birthdays between 1960-01-01 and 2002-12-31 (day numbers). */
const BIRTH_FIRST = -3653;
const BIRTH_DAYS = 15_706;

/**
 * Builds the customer rows. Duplicates copy an earlier row: an exact one keeps the email in
 * another letter case, a likely one keeps name and company (with another legal suffix) but
 * not the contact details.
 */
export function buildCustomerRows(context: CustomerRowContext): Cell[][] {
  const { roles } = context;
  const rows: Cell[][] = new Array(roles.length);
  // Which earlier rows may be copied: a usable email (exact duplicates), a name and a company
  // (likely ones). Seen emails and phones keep different people from sharing one by chance.
  const emailUsable = new Uint8Array(roles.length);
  const nameAndCompany = new Uint8Array(roles.length);
  const seen = new Set<string>();
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i];
    let row: Cell[] | null = null;
    if (role === ROLE.exactDuplicate) row = exactDuplicate(context, rows, emailUsable, i);
    else if (role === ROLE.likelyDuplicate) row = likelyDuplicate(context, rows, nameAndCompany, i, seen);
    if (row === null) {
      row = newCustomer(context, i, seen, emailUsable);
      nameAndCompany[i] = row[COL.name] !== '' && row[COL.company] !== '' ? 1 : 0;
    }
    rows[i] = row;
  }
  return rows;
}

function newCustomer(
  context: CustomerRowContext,
  i: number,
  seen: Set<string>,
  emailUsable: Uint8Array,
): Cell[] {
  const { random, rates, today, dates } = context;
  const english = context.english[i] === 1;
  const city = CITY_PICKER.pick(random);
  const person = english ? englishName(random) : chineseName(random);
  let company: Company | null = null;
  if (random.chance(english ? 0.95 : 0.85))
    company = english ? englishCompany(random, city) : chineseCompany(random, city);
  const title = random.chance(0.85) ? random.pick(english ? TITLES_EN : TITLES_ZH) : '';

  let phone: Cell = '';
  if (!random.chance(rates.blankPhone)) {
    if (english && random.chance(0.5)) phone = foreignPhone(random);
    else if (!english && random.chance(0.07)) phone = chineseLandline(random, city);
    else {
      let digits = chineseMobileDigits(random);
      while (seen.has(digits)) digits = chineseMobileDigits(random);
      seen.add(digits);
      phone = formatChineseMobile(digits, random);
    }
  }

  let email = emailFor(person, company, english, random);
  if (email !== '') {
    // Two people never share an address: a second zhangwei@163.com becomes zhangwei2@163.com.
    const base = email.trim().toLowerCase();
    const at = base.indexOf('@');
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base.slice(0, at)}${n}${base.slice(at)}`;
    if (key !== base) email = key;
    seen.add(key);
  }
  if (random.chance(rates.invalidEmail)) {
    email = brokenEmail(email === '' ? `${person.family}${person.given}@163.com` : email, random);
  } else if (email !== '') {
    emailUsable[i] = 1;
  }

  const address = english
    ? random.chance(0.5)
      ? englishAddress(random)
      : random.chance(0.6)
        ? chineseAddress(random, city)
        : ''
    : random.chance(0.75)
      ? chineseAddress(random, city)
      : '';

  const impossible = random.chance(rates.impossibleDate);
  const impossibleInBirthday = impossible && random.chance(0.5);
  let birthday: Cell = '';
  if (impossibleInBirthday) birthday = impossibleDate(random.between(1970, 1999), random);
  else if (random.chance(0.55)) birthday = messyBirthday(BIRTH_FIRST + random.int(BIRTH_DAYS), random);

  const bought = context.orderCount[i] ?? 0;
  const first = context.firstPurchase[i] ?? -1;
  const last = context.lastPurchase[i] ?? -1;
  let lastContact: Cell = '';
  if (impossible && !impossibleInBirthday) {
    lastContact = impossibleDate(Number(dates.isoOf(today).slice(0, 4)), random);
  } else if (random.chance(rates.futureDate)) {
    lastContact = dates.isoOf(today + random.between(1, 120));
  } else if (random.chance(0.85)) {
    const day = bought > 0 ? Math.min(last + random.int(46), today) : today - random.between(1, 300);
    lastContact = dates.messy(day, random);
  }

  const complaint = context.latestComplaint[i];
  let satisfaction: Cell = '';
  if (complaint?.satisfaction != null) satisfaction = complaint.satisfaction;
  else if (random.chance(0.3)) {
    const score = SATISFACTION.pick(random);
    satisfaction = random.chance(0.1) ? String(score) : score;
  }
  const recommend = bought > 0 ? recommendScore(context, satisfaction) : '';
  let complaintStatus = '';
  let complaintDate: Cell = '';
  if (complaint) {
    complaintStatus =
      complaint.stage === 'closed' && random.chance(0.1) ? '已解决' : STAGE_LABELS_ZH[complaint.stage];
    complaintDate = dates.messy(complaint.opened, random);
  }

  const row: Cell[] = [
    context.ids[i] as string,
    random.chance(rates.missingName) ? '' : person.name,
    company?.name ?? '',
    title,
    phone,
    email,
    address,
    birthday,
  ];
  if (context.summaryColumns) {
    const spend = context.totalSpend[i] ?? 0;
    row.push(
      bought > 0 ? dates.messy(first, random) : '',
      bought > 0 ? dates.messy(last, random) : '',
      bought > 0 ? bought : '',
      bought > 0 ? Math.round(spend * 100) / 100 : '',
    );
  }
  row.push(
    random.chance(0.04) ? '' : OWNERS.pick(random),
    tagsFor(context, i, first, bought),
    lastContact,
    satisfaction,
    complaintStatus,
    complaintDate,
    recommend,
    random.chance(0.12) ? random.pick(NOTES) : '',
    random.chance(0.3) ? random.pick(WECHAT_GROUPS) : '',
  );
  return row;
}

function tagsFor(context: CustomerRowContext, i: number, first: number, bought: number): string {
  const { random, today } = context;
  const tags: string[] = [];
  if (bought > 0 && (context.totalSpend[i] ?? 0) >= context.vipSpend) tags.push('VIP');
  if (bought >= 3 && first < today - 365) tags.push('老客户');
  if (bought > 0 && first >= today - 60) tags.push('新客户');
  if (random.chance(0.05)) tags.push('经销商');
  if (random.chance(0.03)) tags.push('重点客户');
  if (random.chance(0.1)) tags.push(random.pick(['展会', '转介绍', '线上', '老客户介绍']));
  if (tags.length === 0) return '';
  return tags.join(random.pick(TAG_SEPARATORS));
}

/**
 * A likelihood-to-recommend answer (0–10) for about a third of buyers, in line with their
 * satisfaction when they gave one: happy customers promote, unhappy ones detract.
 */
function recommendScore({ answers }: CustomerRowContext, satisfaction: Cell): Cell {
  if (!answers.chance(0.35)) return '';
  const stars = Number(satisfaction);
  const base = satisfaction !== '' && Number.isFinite(stars) ? RECOMMEND_BY_STARS[stars] : undefined;
  const score = base === undefined ? RECOMMEND.pick(answers) : base + answers.int(3) - 1;
  const clamped = Math.max(0, Math.min(10, score));
  return answers.chance(0.1) ? `${clamped}分` : clamped;
}

/** Answers without a satisfaction score: about 45 % promoters, 35 % passives, 20 % detractors. */
const RECOMMEND = new WeightedPicker<number>([
  [10, 20],
  [9, 25],
  [8, 20],
  [7, 15],
  [6, 8],
  [5, 6],
  [3, 4],
  [1, 2],
]);
/** The middle of the 0–10 answer a customer of 1–5 stars gives (±1 around it). */
const RECOMMEND_BY_STARS: Readonly<Record<number, number>> = { 5: 9, 4: 8, 3: 6, 2: 4, 1: 2 };
