import { parseEmail } from './parseEmail.ts';
import { parsePhone } from './parsePhone.ts';

/** The kinds of value that identify one person exactly, in the order keys are listed. */
export const CONTACT_KEY_KINDS = ['email', 'tel', 'wechat'] as const;
export type ContactKeyKind = (typeof CONTACT_KEY_KINDS)[number];

/** `email:li@x.com`, `tel:+8613912345678` or `wechat:li_lei88`. */
export type ContactKey = `${ContactKeyKind}:${string}`;

/** The contact values of a person as any surface holds them (raw cells, clips, parsed records). */
export interface ContactValues {
  emails?: readonly (string | null | undefined)[];
  phones?: readonly (string | null | undefined)[];
  wechats?: readonly (string | null | undefined)[];
}

/**
 * The exact identity keys of a person: normalised emails (parseEmail), E.164 phones (parsePhone
 * with `region` for numbers without a country code; mobile and landline share one key space) and
 * WeChat ids (case-insensitive, as WeChat treats them). Values that do not parse give no key.
 * Duplicate detection in the cleaning review, the extension's duplicate check and its
 * known-customer badge all compare these keys, so they agree on who is the same person.
 */
export function contactKeys(values: ContactValues, region: string): ContactKey[] {
  const keys = new Set<ContactKey>();
  for (const raw of values.emails ?? []) {
    const parsed = parseEmail(raw ?? null);
    if (parsed.ok && parsed.value !== null) keys.add(`email:${parsed.value}`);
  }
  for (const raw of values.phones ?? []) {
    const parsed = parsePhone(raw ?? null, region);
    if (parsed.ok && parsed.value !== null) keys.add(`tel:${parsed.value}`);
  }
  for (const raw of values.wechats ?? []) {
    const id = wechatKey(raw);
    if (id !== null) keys.add(`wechat:${id}`);
  }
  return [...keys];
}

/** A WeChat id as a key: trimmed, without a leading `微信:`/`WeChat:` label, lower-cased. */
export function wechatKey(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const id = raw
    .normalize('NFKC')
    .trim()
    .replace(/^(?:微信号?|wechat(?:\s*id)?|wx)\s*[:：]\s*/i, '')
    .toLowerCase();
  return id === '' ? null : id;
}

/**
 * A shop platform's account (旺旺号, 买家会员名) as a key: trimmed, full-width characters folded
 * (ｔｂ＿ｌｉ is tb_li), its capitals kept, since platforms differ on whether they tell them apart;
 * null for none.
 */
export function accountKey(raw: string | null | undefined): string | null {
  const key = raw?.normalize('NFKC').trim();
  return key ? key : null;
}
