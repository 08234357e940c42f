import { type Contact, ContactSchema, type LegalBasis } from '@crm/shared';
import { parseEmail, parsePhone, parseTags } from '@crm/shared/parse';
import type { z } from 'zod';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';

/** The edit form's state: plain strings as the inputs hold them (lists one per line). */
export interface ContactForm {
  name: string;
  title: string;
  organization: string;
  emails: string;
  phones: string;
  wechat: string;
  address: string;
  website: string;
  socialUrls: string;
  tags: string;
  note: string;
  owner: string;
  legalBasis: LegalBasis | '';
  /** 处理目的; left empty, the worker records the catalogue's default purpose. */
  purpose: string;
  /** 告知日期 as a date input holds it (`YYYY-MM-DD`), empty when the person has not been told yet. */
  informedOn: string;
}

export const EMPTY_FORM: ContactForm = {
  name: '',
  title: '',
  organization: '',
  emails: '',
  phones: '',
  wechat: '',
  address: '',
  website: '',
  socialUrls: '',
  tags: '',
  note: '',
  owner: '',
  legalBasis: '',
  purpose: '',
  informedOn: '',
};

const SOCIAL_HOSTS =
  /(^|\.)(linkedin\.com|weibo\.com|github\.com|x\.com|twitter\.com|facebook\.com|zhihu\.com|mp\.weixin\.qq\.com)$/i;

function isSocial(url: string): boolean {
  try {
    return SOCIAL_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Prefills the form from a page candidate: the first non-social URL is the website. */
export function formFromExtracted(c: ExtractedContactData, owner = ''): ContactForm {
  const social = c.urls.filter(isSocial);
  const website = c.urls.find((u) => !isSocial(u)) ?? '';
  return {
    ...EMPTY_FORM,
    name: c.name ?? '',
    title: c.title ?? '',
    organization: c.organization ?? '',
    emails: c.emails.join('\n'),
    phones: c.phones.join('\n'),
    wechat: c.wechat ?? '',
    address: c.address ?? '',
    website,
    socialUrls: social.join('\n'),
    owner,
    legalBasis: 'public-business-contact',
  };
}

export function formFromContact(c: Contact): ContactForm {
  return {
    name: c.name ?? '',
    title: c.title ?? '',
    organization: c.organization ?? '',
    emails: c.emails.join('\n'),
    phones: c.phones.join('\n'),
    wechat: c.wechat ?? '',
    address: c.address ?? '',
    website: c.website ?? '',
    socialUrls: c.socialUrls.join('\n'),
    tags: c.tags.join(', '),
    note: c.note ?? '',
    owner: c.owner ?? '',
    legalBasis: c.legalBasis,
    purpose: c.purpose ?? '',
    informedOn: c.informedOn ?? '',
  };
}

/**
 * The form as ContactSchema input: empty strings become absent, emails and phones are normalised
 * with the core parsers (a number that does not parse is kept as typed so the schema reports it
 * on its own line), tags split like the sheet's tag cells.
 */
export function contactInputFromForm(form: ContactForm, region: string): Record<string, unknown> {
  const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());
  return {
    name: opt(form.name),
    title: opt(form.title),
    organization: opt(form.organization),
    emails: lines(form.emails).map((e) => {
      const r = parseEmail(e);
      return r.ok && r.value ? r.value : e;
    }),
    phones: lines(form.phones).map((p) => {
      const r = parsePhone(p, region);
      return r.ok && r.value ? r.value : p;
    }),
    wechat: opt(form.wechat),
    address: opt(form.address),
    website: opt(form.website),
    socialUrls: lines(form.socialUrls),
    tags: parseTags(form.tags),
    note: opt(form.note),
    owner: opt(form.owner),
    legalBasis: form.legalBasis === '' ? undefined : form.legalBasis,
    purpose: opt(form.purpose),
    informedOn: opt(form.informedOn),
  };
}

/** Field errors keyed by form field (`phones` for `phones.1`), from a zod error. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'name');
    const at = issue.path.length > 1 ? ` (#${Number(issue.path[1]) + 1})` : '';
    const list = errors[field] ?? [];
    list.push(`${issue.message}${at}`);
    errors[field] = list;
  }
  return errors;
}

/** Validates a contact input; the worker runs this again on every save (never trusts the UI). */
export function validateContact(
  input: unknown,
): { ok: true; contact: Contact } | { ok: false; errors: FieldErrors } {
  const parsed = ContactSchema.safeParse(input);
  return parsed.success
    ? { ok: true, contact: parsed.data }
    : { ok: false, errors: fieldErrorsOf(parsed.error) };
}
