import { isMainlandMobileE164 } from '../parse/mainlandMobile.ts';

// WeChat ids (微信号) as cards write them. WeChat's own rule for an id: 6–20 characters, letters,
// digits, underscores and hyphens, starting with a letter (WeChat Help Center, "设置微信号"). Many
// people give the phone number their account is registered with instead ("微信同号").

/** A WeChat id as WeChat allows it: 6–20 characters, starting with a letter. */
const LETTER_ID = '[A-Za-z][-_A-Za-z0-9]{5,19}';

/** A WeChat id, or a phone number (digits, optionally with +) standing for the account. */
export const WECHAT_ID_PATTERN = new RegExp(`^(?:${LETTER_ID}|\\+?\\d{6,15})$`);

/** The WeChat id at the start of a labelled value (`hzq_meichu`, `lina_lvzhou（工作日）`), else null. */
export function wechatId(value: string): string | null {
  const token = value
    .normalize('NFKC')
    .trim()
    .replace(/^[:：\s]+/, '')
    .split(/[\s,，;；|｜(（/]/)[0];
  if (token === undefined) return null;
  const id = /^\+?[\d -]+$/.test(token) ? token.replace(/[\s-]/g, '') : token;
  return WECHAT_ID_PATTERN.test(id) ? id : null;
}

/**
 * A WeChat id after its label (微信：lxw_qimu2016, 微信号：hejiale_qm, WeChat ID: alantan_klh):
 * an id as WeChat allows it, not a number (a number is read as one) nor the start of a mailbox.
 */
const LABELLED_WECHAT = new RegExp(
  `(?:微信号?|微信ID|wechat(?: id)?)\\s*[:：]\\s*(${LETTER_ID})(?![-_A-Za-z0-9@.])`,
  'i',
);

/** The WeChat id written after its label in `text` (LABELLED_WECHAT), or null. */
export function labelledWechatId(text: string): string | null {
  // Most lines name no WeChat at all: a cheap test first.
  if (!text.includes('微信') && !/wechat/i.test(text)) return null;
  return LABELLED_WECHAT.exec(text)?.[1] ?? null;
}

/**
 * "微信同号", "同微信", "(WeChat)", a QR code's 扫码加微信（同手机号）: the phone number before it
 * (or the card's mobile) is also the WeChat account; so is
 * the number after a label joining the two (手机/微信：139…, Mobile / WeChat:).
 */
export const SAME_AS_WECHAT =
  /微信同号|同微信|微信同|微信[:：]\s*同(?:手机|电话|号|上)|微信\s*[（(]同(?:手机|电话)|手机同号|\(wechat\)|wechat same|(?:手机|mobile|cell)\s*[/／、&]\s*(?:微信|wechat)|(?:微信|wechat)\s*[/／、&]\s*(?:手机|mobile|cell)/i;

/** A WeChat column's value that names the mobile instead: 同手机, 同手机号, 手机同号, Same as mobile. */
export const SAME_AS_MOBILE = /^(?:同手机号?(?:码)?|同电话|手机同号|同号|same as (?:mobile|phone|cell))$/i;

/**
 * The WeChat id an account registered with one of these numbers goes by (SAME_AS_WECHAT): the
 * first mainland mobile, without +86. Null when there is none.
 */
export function wechatOfMobile(e164s: Iterable<string>): string | null {
  for (const e164 of e164s) if (isMainlandMobileE164(e164)) return e164.slice(3);
  return null;
}
