import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from '../parse/cellToText.ts';
import { accountKey, wechatKey } from '../parse/contactKeys.ts';
import { parseEmail } from '../parse/parseEmail.ts';
import { parsePhone } from '../parse/parsePhone.ts';

/**
 * What a person can be looked up by: `email:…`, `phone:…`, `wechat:…`, `id:…` or `account:…`
 * (their account on a shop platform, 旺旺号, as the customer table's platform-account column
 * and the orders' 买家会员名 write it).
 */
export const PERSON_KEY_KINDS = ['email', 'phone', 'wechat', 'id', 'account'] as const;
export type PersonKeyKind = (typeof PERSON_KEY_KINDS)[number];

/** A lookup key, normalised as the core compares contact values (see contactKeys). */
export interface PersonKey {
  kind: PersonKeyKind;
  /**
   * Lower-cased email, E.164 phone, lower-cased WeChat id, the customer id as written (trimmed),
   * or the platform account as written (trimmed, full width folded: accountKey).
   */
  value: string;
}

/** Why a `--match` text is not a key. */
export type PersonKeyProblem =
  | { code: 'key-no-kind'; text: string }
  | { code: 'key-unknown-kind'; kind: string }
  | { code: 'key-empty'; kind: PersonKeyKind }
  | { code: 'key-bad-email'; text: string }
  | { code: 'key-bad-phone'; text: string; region: string };

export type PersonKeyResult = { ok: true; key: PersonKey } | { ok: false; problem: PersonKeyProblem };

/**
 * Reads `email:li@x.com`, `phone:139 1234 5678` (any notation; numbers without a country code in
 * `region`), `wechat:li_lei88`, `id:C001` or `account:tb_lilei`. The kind may be written in
 * Chinese too (邮箱/手机/电话/微信/编号/账号/旺旺) and with a full-width colon.
 */
export function parsePersonKey(text: string, region: string): PersonKeyResult {
  const trimmed = normalizeText(text);
  const colon = trimmed.search(/[:：]/);
  if (colon <= 0) return { ok: false, problem: { code: 'key-no-kind', text: trimmed } };
  const written = trimmed.slice(0, colon).trim().toLowerCase();
  const kind = KIND_WORDS[written];
  if (kind === undefined) return { ok: false, problem: { code: 'key-unknown-kind', kind: written } };
  const raw = trimmed.slice(colon + 1).trim();
  if (raw === '') return { ok: false, problem: { code: 'key-empty', kind } };
  switch (kind) {
    case 'email': {
      const parsed = parseEmail(raw);
      if (!parsed.ok || parsed.value === null)
        return { ok: false, problem: { code: 'key-bad-email', text: raw } };
      return { ok: true, key: { kind, value: parsed.value } };
    }
    case 'phone': {
      const parsed = parsePhone(raw, region);
      if (!parsed.ok || parsed.value === null) {
        return { ok: false, problem: { code: 'key-bad-phone', text: raw, region } };
      }
      return { ok: true, key: { kind, value: parsed.value } };
    }
    case 'wechat':
      return { ok: true, key: { kind, value: wechatKey(raw) ?? raw } };
    case 'id':
      return { ok: true, key: { kind, value: raw } };
    case 'account':
      return { ok: true, key: { kind, value: accountKey(raw) ?? raw } };
  }
}

const KIND_WORDS: Record<string, PersonKeyKind> = {
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  邮箱: 'email',
  phone: 'phone',
  tel: 'phone',
  mobile: 'phone',
  手机: 'phone',
  电话: 'phone',
  wechat: 'wechat',
  weixin: 'wechat',
  wx: 'wechat',
  微信: 'wechat',
  id: 'id',
  编号: 'id',
  客户编号: 'id',
  account: 'account',
  账号: 'account',
  平台账号: 'account',
  旺旺: 'account',
  旺旺号: 'account',
};

/** The key as one text, `phone:+8613912345678`: what the log's hash is taken of. */
export function personKeyText(key: PersonKey): string {
  return `${key.kind}:${key.value}`;
}

const NUMERIC_ID = /^0*(\d+?)(?:\.0+)?$/;

/**
 * A customer id cell as the orders reader matches ids (CustomerIndex): as written and trimmed,
 * numeric ids alike across number and text cells and padding (1001, '1001', '1001.0', '001001').
 */
export function idKey(cell: Cell): string | null {
  const text = normalizeText(cellToText(cell));
  if (text === '') return null;
  const numeric = NUMERIC_ID.exec(text);
  return numeric ? `#${numeric[1]}` : text;
}
