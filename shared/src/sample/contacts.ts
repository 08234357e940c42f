import type { Cell } from '../model/table.ts';
import { type Random, WeightedPicker } from '../random/random.ts';
import type { Company } from './companies.ts';
import type { PersonName } from './names.ts';
import type { City } from './places.ts';

// Prefixes of the three carriers' mobile ranges (all valid in libphonenumber's CN metadata).
// biome-ignore format: a data table reads best packed
const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157',
  '158', '159', '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189',
  '198', '199',
];

/** Eleven digits of a Chinese mobile number. */
export function chineseMobileDigits(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(100_000_000)).padStart(8, '0');
}

/** A Chinese mobile number in one of the ways people type it (and as a number, as Excel stores it). */
export function formatChineseMobile(digits: string, random: Random): Cell {
  const a = digits.slice(0, 3);
  const b = digits.slice(3, 7);
  const c = digits.slice(7);
  const style = random.next();
  if (style < 0.4) return digits;
  if (style < 0.5) return Number(digits);
  if (style < 0.65) return `${a} ${b} ${c}`;
  if (style < 0.75) return `${a}-${b}-${c}`;
  if (style < 0.83) return `+86 ${a} ${b} ${c}`;
  if (style < 0.9) return `+86-${a}-${b}-${c}`;
  if (style < 0.95) return `+86${digits}`;
  return `0086 ${digits}`;
}

/** A landline (座机) typed into the mobile column: 021-6123 4567, (0571) 88886666 … */
export function chineseLandline(random: Random, city: City): string {
  // Local numbers start with 5 or 6 (some 8… blocks are unassigned) and have 8 digits, 7 in
  // smaller cities such as Xiamen.
  const rest = city.localDigits - 1;
  const local = String(random.between(5, 6)) + String(random.int(10 ** rest)).padStart(rest, '0');
  const style = random.next();
  if (style < 0.4) return `0${city.areaCode}-${local}`;
  if (style < 0.7) return `0${city.areaCode}-${local.slice(0, 4)} ${local.slice(4)}`;
  return `(0${city.areaCode}) ${local}`;
}

const US_AREA_CODES = ['212', '415', '646', '617', '312', '206'];
// Number blocks that libphonenumber's full ("max") metadata accepts as assigned: not every
// eight-digit Hong Kong or Singapore number is (e.g. +852 99xx, +65 99xx are not).
const HK_PREFIXES = ['94', '96', '97', '61', '63', '64'];
const SG_PREFIXES = [
  '61',
  '62',
  '63',
  '64',
  '65',
  '81',
  '82',
  '83',
  '84',
  '85',
  '86',
  '87',
  '88',
  '91',
  '93',
  '96',
  '97',
];

/** A foreign number with its country code: +1 (415) 823-4417, +44 20 7946 0958, +65 9123 4567 … */
export function foreignPhone(random: Random): string {
  const digits = (n: number): string => String(random.int(10 ** n)).padStart(n, '0');
  const country = random.next();
  if (country < 0.4) {
    let exchange = random.between(230, 989);
    if (exchange === 555 || exchange % 100 === 11) exchange += 1;
    return `+1 (${random.pick(US_AREA_CODES)}) ${exchange}-${digits(4)}`;
  }
  if (country < 0.6) return `+44 20 7${digits(3)} ${digits(4)}`;
  if (country < 0.8) return `+65 ${random.pick(SG_PREFIXES)}${digits(2)} ${digits(4)}`;
  return `+852 ${random.pick(HK_PREFIXES)}${digits(2)} ${digits(4)}`;
}

const PROVIDERS = new WeightedPicker<string>([
  ['qq.com', 30],
  ['163.com', 25],
  ['126.com', 12],
  ['sina.com', 6],
  ['foxmail.com', 8],
  ['139.com', 4],
  ['outlook.com', 5],
  ['hotmail.com', 3],
  ['gmail.com', 7],
]);

/** A plausible address for the person, or '' (many Chinese SME contacts have none on file). */
export function emailFor(
  person: PersonName,
  company: Company | null,
  english: boolean,
  random: Random,
): string {
  const style = random.next();
  if (style < (english ? 0.08 : 0.2)) return '';
  const { given, family } = person;
  let email: string;
  if (company && style < (english ? 0.85 : 0.6)) {
    const local = random.pick([
      `${given}.${family}`,
      `${family}${given}`,
      `${given.slice(0, 1)}${family}`,
      `${given}`,
    ]);
    email = `${local}@${company.domain}`;
  } else if (!english && style < 0.7) {
    email = `${random.between(10_000, 2_999_999_999)}@qq.com`;
  } else {
    const local = random.pick([
      `${family}${given}`,
      `${given}${family}`,
      `${family}${given}${random.between(1, 99)}`,
      `${family}.${given}`,
      `${family}${given}${random.between(1960, 2005)}`,
    ]);
    email = `${local}@${PROVIDERS.pick(random)}`;
  }
  return messyEmail(email, random);
}

/** Stray spaces and capitals, which parsing must forgive (trim, lower-case). */
function messyEmail(email: string, random: Random): string {
  const style = random.next();
  if (style < 0.04) return ` ${email}`;
  if (style < 0.08) return `${email} `;
  if (style < 0.12) return capitalise(email);
  if (style < 0.14) return email.toUpperCase();
  return email;
}

function capitalise(text: string): string {
  return text.slice(0, 1).toUpperCase() + text.slice(1);
}

/** The same address in another letter case: what makes an exact duplicate look different. */
export function recasedEmail(email: string, random: Random): string {
  const trimmed = email.trim();
  const options = [
    capitalise(trimmed),
    trimmed.toUpperCase(),
    trimmed.toLowerCase(),
    capitalise(trimmed.toLowerCase()),
  ];
  const start = random.int(options.length);
  for (let i = 0; i < options.length; i++) {
    const option = options[(start + i) % options.length] as string;
    if (option !== email) return option;
  }
  return trimmed.toUpperCase();
}

/** An address a validator must reject: typos seen in real sheets. */
export function brokenEmail(email: string, random: Random): string {
  const clean = email.trim().toLowerCase();
  const at = clean.indexOf('@');
  if (at < 1) return 'zhangwei@163';
  const local = clean.slice(0, at);
  const domain = clean.slice(at + 1);
  const style = random.int(5);
  if (style === 0) return `${local}@${domain.slice(0, domain.indexOf('.'))}`;
  if (style === 1) return `${local.slice(0, 1)} ${local.slice(1)}@${domain}`;
  if (style === 2) return `${local}@@${domain}`;
  if (style === 3) return `${local}#${domain}`;
  return `${local}@${domain.replace(/\.([a-z]+)$/, ',$1')}`;
}
