import type { Language } from '../model/keys.ts';
import type { DuplicateMatch } from '../model/results.ts';
import { maskContactsInText } from '../privacy/maskContacts.ts';

/** What tied duplicate rows together, worded for the review in the user's language. */
const TEXTS = {
  zh: {
    email: (value: string) => `邮箱 ${value}`,
    phone: (value: string) => `电话 ${value}`,
    wechat: (value: string) => `微信 ${value}`,
    account: (value: string) => `平台账号 ${value}`,
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
    wechat: (value: string) => `WeChat: ${value}`,
    account: (value: string) => `platform account: ${value}`,
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

/**
 * The matches of one merge proposal as one line, e.g. 邮箱 l***@x.com；姓名相近、公司相同. The
 * shared email, phone, WeChat id or platform account is masked (see maskContactsInText) unless `contactDetails` asks for it in
 * full: the review is shared with the team, and the rows listed with it say whom it is about.
 */
export function describeMatches(
  matches: readonly DuplicateMatch[],
  language: Language,
  contactDetails = false,
): string {
  const text = TEXTS[language];
  const shown = contactDetails ? SHOWN_IN_FULL : SHOWN_MASKED;
  return matches.map((match) => describeMatch(match, text, shown)).join(text.separator);
}

interface Shown {
  contact: (value: string) => string;
  wechat: (id: string) => string;
}
const SHOWN_IN_FULL: Shown = { contact: (value) => value, wechat: (id) => id };
const SHOWN_MASKED: Shown = { contact: maskContactsInText, wechat: maskWechat };

function describeMatch(match: DuplicateMatch, text: (typeof TEXTS)[Language], shown: Shown): string {
  switch (match.on) {
    case 'email':
      return text.email(shown.contact(match.value));
    case 'phone':
      return text.phone(shown.contact(match.value));
    case 'wechat':
      return text.wechat(shown.wechat(match.value));
    // An account is a nickname of the buyer's choosing, shown as a WeChat id is.
    case 'account':
      return text.account(shown.wechat(match.value));
    case 'name-company':
      return text['name-company'](match.also);
    case 'more':
      return text.more(match.count);
  }
}

/** A WeChat id as the review shows it: its first two characters, enough to tell two apart. */
function maskWechat(id: string): string {
  return `${Array.from(id).slice(0, 2).join('')}***`;
}
