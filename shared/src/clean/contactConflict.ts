import type { CustomerRecord } from '../model/records.ts';
import { accountKey, wechatKey } from '../parse/contactKeys.ts';

/** How much two rows' contacts may differ and still be one person. */
export type ConflictRule = 'email' | 'any-contact';

/**
 * Whether two rows carry contacts that tell them apart. Two colleagues at one company
 * (林建强 / 林建涵) have their own email, phone and WeChat; one person written twice rarely has
 * two emails or two WeChat ids, but often two phone numbers (a desk and a mobile). So:
 * - `email`: both have an email and they differ, or both a WeChat id, or both a platform account
 *   (旺旺号), and they differ;
 * - `any-contact`: that, or both have phone numbers and none is shared.
 * A row without any contact conflicts with nothing.
 */
export function contactsConflict(a: CustomerRecord, b: CustomerRecord, rule: ConflictRule): boolean {
  if (a.email !== null && b.email !== null && a.email !== b.email) return true;
  const wechatA = wechatKey(a.wechat);
  const wechatB = wechatKey(b.wechat);
  if (wechatA !== null && wechatB !== null && wechatA !== wechatB) return true;
  const accountA = accountKey(a.platformAccount);
  const accountB = accountKey(b.platformAccount);
  if (accountA !== null && accountB !== null && accountA !== accountB) return true;
  if (rule === 'email') return false;
  const phonesA = phones(a);
  const phonesB = phones(b);
  return phonesA.length > 0 && phonesB.length > 0 && !phonesA.some((p) => phonesB.includes(p));
}

function phones(record: CustomerRecord): string[] {
  const out: string[] = [];
  if (record.mobile !== null) out.push(record.mobile);
  if (record.phone !== null && record.phone !== record.mobile) out.push(record.phone);
  return out;
}
