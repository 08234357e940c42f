import type { Language } from '../model/keys.ts';
import type { DuplicateMatch } from '../model/results.ts';

/** What tied duplicate rows together, worded for the review in the user's language. */
const TEXTS = {
  zh: {
    email: (value: string) => `邮箱 ${value}`,
    phone: (value: string) => `电话 ${value}`,
    'name-company': (also: 'city' | 'title' | null) =>
      also === 'city'
        ? '姓名相近、公司相同、城市相同'
        : also === 'title'
          ? '姓名相近、公司相同、职位相同'
          : '姓名相近、公司相同',
    more: (count: number) => `等（另有 ${count} 项）`,
    separator: '；',
  },
  en: {
    email: (value: string) => `email: ${value}`,
    phone: (value: string) => `phone: ${value}`,
    'name-company': (also: 'city' | 'title' | null) =>
      also === 'city'
        ? 'name ~ company + city'
        : also === 'title'
          ? 'name ~ company + title'
          : 'name ~ company',
    more: (count: number) => `… (+${count} more)`,
    separator: '; ',
  },
} as const satisfies Record<Language, unknown>;

/** The matches of one merge proposal as one line, e.g. 邮箱 li@x.com；姓名相近、公司相同. */
export function describeMatches(matches: readonly DuplicateMatch[], language: Language): string {
  const text = TEXTS[language];
  return matches.map((match) => describeMatch(match, text)).join(text.separator);
}

function describeMatch(match: DuplicateMatch, text: (typeof TEXTS)[Language]): string {
  switch (match.on) {
    case 'email':
      return text.email(match.value);
    case 'phone':
      return text.phone(match.value);
    case 'name-company':
      return text['name-company'](match.also);
    case 'more':
      return text.more(match.count);
  }
}
