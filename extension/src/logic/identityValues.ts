import { type ContactKey, type ContactValues, contactKeys } from '@crm/shared/parse';

/** What identifies a person in a clip or a page candidate: emails, phones and a WeChat id. */
export interface IdentityFields {
  emails: readonly string[];
  phones: readonly string[];
  wechat?: string | null | undefined;
}

/** A clip's or candidate's values for the core's contactKeys (its WeChat id as a `wechat:` key). */
export function identityValues(c: IdentityFields): ContactValues {
  return { emails: c.emails, phones: c.phones, wechats: c.wechat ? [c.wechat] : [] };
}

/**
 * The identity keys of a clip, candidate or pending selection: the core's contactKeys of its
 * emails, phones and WeChat id. Every match in the extension (duplicate, saved mark, known
 * customer, pending selection) goes through this, so a WeChat id alone is enough to match.
 */
export function identityKeys(c: IdentityFields, region: string): ContactKey[] {
  return contactKeys(identityValues(c), region);
}
