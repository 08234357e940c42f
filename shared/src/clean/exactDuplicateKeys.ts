import type { CustomerRecord } from '../model/records.ts';
import type { DuplicateMatch } from '../model/results.ts';
import { accountKey, wechatKey } from '../parse/contactKeys.ts';

/**
 * The contact values that identify a person exactly: the normalised email, every phone number
 * (mobile and phone share one key space, so a mobile typed into the phone column still matches),
 * the WeChat id and the platform account (旺旺号: one account is one buyer, as the orders are
 * matched by it; compared as written, full width folded, since platforms differ on capitals).
 * Keys are `email:li@x.com` / `phone:+8613912345678` / `wechat:liuyang88` /
 * `account:tb_liuyang`; matchOfKey turns one back into data. A key shared by rows that name different people (a
 * company's switchboard, a family's landline) does not make them one: findDuplicateGroups checks.
 */
export function exactDuplicateKeys(record: CustomerRecord): string[] {
  const keys: string[] = [];
  const email = record.email?.normalize('NFKC').trim().toLowerCase();
  if (email) keys.push(`email:${email}`);
  const mobile = record.mobile?.replace(/\s+/g, '');
  if (mobile) keys.push(`phone:${mobile}`);
  const phone = record.phone?.replace(/\s+/g, '');
  if (phone && phone !== mobile) keys.push(`phone:${phone}`);
  const wechat = wechatKey(record.wechat);
  if (wechat !== null) keys.push(`wechat:${wechat}`);
  const account = accountKey(record.platformAccount);
  if (account !== null) keys.push(`account:${account}`);
  return keys;
}

/** The match a key of exactDuplicateKeys stands for. */
export function matchOfKey(key: string): DuplicateMatch {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const on = kind === 'email' || kind === 'wechat' || kind === 'account' ? kind : 'phone';
  return { on, value: key.slice(colon + 1) };
}
