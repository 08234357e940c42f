import type { ContactValues } from '@crm/shared/parse';

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
