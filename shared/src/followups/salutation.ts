import type { Language } from '../model/keys.ts';
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
  const trimmed = name === null ? '' : name.trim();
  if (trimmed === '') return FRAGMENTS.anonymous[language];
  const sex = gender === null ? '' : gender.trim().toLowerCase();
  const honorific = MALE.has(sex) ? 'male' : FEMALE.has(sex) ? 'female' : null;

  if (isHanName(trimmed)) {
    if (language === 'en' || trimmed.length < 2) return trimmed;
    const suffix = title ? ZH_TITLE_SUFFIX.find(([pattern]) => pattern.test(title))?.[1] : undefined;
    if (suffix) return hanSurname(trimmed) + suffix;
    if (honorific) return hanSurname(trimmed) + (honorific === 'male' ? '先生' : '女士');
    return trimmed;
  }
  const words = trimmed.split(/\s+/);
  const full = words.join(' ');
  const surname = words[words.length - 1] as string;
  if (words.length < 2) return full;
  if (language === 'zh') {
    // A Latin name in a Chinese message: "Smith 先生", else as written.
    return honorific ? `${surname} ${honorific === 'male' ? '先生' : '女士'}` : full;
  }
  if (title && DOCTOR.test(title)) return `Dr. ${surname}`;
  if (honorific) return `${honorific === 'male' ? 'Mr.' : 'Ms.'} ${surname}`;
  return full;
}
