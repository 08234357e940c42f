import type { Language } from '../model/keys.ts';
import { splitNameNote } from '../parse/nameNote.ts';
import { FRAGMENTS } from './templates.ts';

// Chinese business etiquette addresses people by surname + title (王总 for 总经理/总监/副总,
// 王董 for 董事长) or surname + 先生/女士; never by a guessed honorific. Order matters:
// 董事长 before 总, 总经理 before 经理.
const ZH_TITLE_SUFFIX: readonly (readonly [RegExp, string])[] = [
  [/董事长|董事/, '董'],
  [/总|\bCEO\b|\bCOO\b|\bCFO\b|\bCTO\b|President|General Manager|\bGM\b|Director|\bVP\b/i, '总'],
  [/经理|Manager/i, '经理'],
  [/主任/, '主任'],
  [/教授|Professor/i, '教授'],
  [/医生|大夫|Doctor|\bDr\b/i, '医生'],
  [/律师|Lawyer|Attorney/i, '律师'],
  [/老师|Teacher/i, '老师'],
];

const MALE = new Set(['男', '男性', 'm', 'male', 'man', '先生', 'mr', 'mr.']);
const FEMALE = new Set(['女', '女性', 'f', 'female', 'woman', '女士', 'ms', 'ms.', 'mrs', 'mrs.', 'miss']);
const DOCTOR = /博士|医生|大夫|Doctor|\bDr\b|Ph\.?D/i;

// Two-character surnames: 欧阳娜娜 is Ms. 欧阳, not Ms. 欧.
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '澹台',
  '轩辕',
  '南宫',
  '西门',
  '独孤',
  '呼延',
  '申屠',
  '太史',
  '万俟',
]);

/** Only CJK ideographs (no spaces, Latin letters or the · of transliterated names). */
function isHanName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) return false;
  }
  return true;
}

function hanSurname(name: string): string {
  const two = name.slice(0, 2);
  return name.length >= 3 && COMPOUND_SURNAMES.has(two) ? two : name.slice(0, 1);
}

type Honorific = 'male' | 'female';

const HONORIFIC = {
  zh: { male: '先生', female: '女士' },
  en: { male: 'Mr.', female: 'Ms.' },
} as const satisfies Record<Language, Record<Honorific, string>>;

interface Addressee {
  /** The name as written (trimmed; a Latin name's words joined by single spaces). */
  name: string;
  title: string | null;
  honorific: Honorific | null;
}

/** A name in Chinese characters, addressed in each language. */
const HAN_NAME_ADDRESS: Readonly<Record<Language, (addressee: Addressee) => string>> = {
  zh: ({ name, title, honorific }) => {
    if (name.length < 2) return name;
    const suffix = title ? ZH_TITLE_SUFFIX.find(([pattern]) => pattern.test(title))?.[1] : undefined;
    if (suffix) return hanSurname(name) + suffix;
    if (honorific) return hanSurname(name) + HONORIFIC.zh[honorific];
    return name;
  },
  // We do not romanise Chinese names: an English message uses the name as written.
  en: ({ name }) => name,
};

interface LatinAddressee extends Addressee {
  /** The last word of a name of two or more words. */
  surname: string;
}

/** A Latin name of two or more words, addressed in each language. */
const LATIN_NAME_ADDRESS: Readonly<Record<Language, (addressee: LatinAddressee) => string>> = {
  // A Latin name in a Chinese message: "Smith 先生", else as written.
  zh: ({ name, surname, honorific }) => (honorific ? `${surname} ${HONORIFIC.zh[honorific]}` : name),
  en: ({ name, surname, title, honorific }) => {
    if (title && DOCTOR.test(title)) return `Dr. ${surname}`;
    if (honorific) return `${HONORIFIC.en[honorific]} ${surname}`;
    return name;
  },
};

function honorificOf(text: string | null): Honorific | null {
  const sex = text === null ? '' : text.trim().toLowerCase();
  return MALE.has(sex) ? 'male' : FEMALE.has(sex) ? 'female' : null;
}

/** A Latin name written family name first: "Smith, Jane". */
const FAMILY_FIRST = /^([^,，]+?)\s*[,，]\s*([^,，]+)$/;

/**
 * The name a message can address, from the name cell as people keep it: a note in brackets at its
 * end is not part of it (but is kept aside: "(Ms.)" says how to address her); a Latin name written
 * family name first is turned round; a Latin name in capitals (JOHN DOE, as some systems export
 * them) is written with initial capitals.
 */
function nameAsAddressed(cell: string): { written: string; aside: string | null } {
  const { name, note: aside } = splitNameNote(cell.trim());
  let written = name.trim();
  if (isHanName(written)) return { written, aside };
  const reversed = FAMILY_FIRST.exec(written);
  if (reversed && /\p{Script=Latin}/u.test(written)) written = `${reversed[2]} ${reversed[1]}`;
  if (/\p{Lu}{2}/u.test(written) && !/\p{Ll}/u.test(written))
    written = written
      .toLowerCase()
      .replace(/(^|[\s'-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return { written, aside };
}

/**
 * How a message addresses the customer: zh 王总 / 王董 / 李女士 / 欧阳先生 when title or gender
 * allows, else the full name; en Mr./Ms./Dr. Surname for Latin names, else the full name (we do
 * not romanise Chinese names). Without a name: 尊敬的客户 / customer.
 */
export function salutationFor(
  name: string | null,
  title: string | null,
  gender: string | null,
  language: Language,
): string {
  const { written, aside } = nameAsAddressed(name ?? '');
  if (written === '') return FRAGMENTS.anonymous[language];
  const honorific = honorificOf(gender) ?? honorificOf(aside);

  if (isHanName(written)) return HAN_NAME_ADDRESS[language]({ name: written, title, honorific });
  const words = written.split(/\s+/);
  const full = words.join(' ');
  const surname = words[words.length - 1] as string;
  if (words.length < 2) return full;
  return LATIN_NAME_ADDRESS[language]({ name: full, surname, title, honorific });
}
