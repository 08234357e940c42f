import { LEGAL_BASES } from '@crm/shared';
import { useState } from 'react';
import { type ContactForm, contactInputFromForm, validateContact } from '../logic/contactForm.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import { t } from './i18n.ts';

type TextField = Exclude<keyof ContactForm, 'legalBasis'>;

const FIELDS: { key: TextField; label: string; multiline?: boolean; hint?: string }[] = [
  { key: 'name', label: 'fieldName' },
  { key: 'title', label: 'fieldTitle' },
  { key: 'organization', label: 'fieldOrganization' },
  { key: 'emails', label: 'fieldEmails', multiline: true, hint: 'hintOnePerLine' },
  { key: 'phones', label: 'fieldPhones', multiline: true, hint: 'hintOnePerLine' },
  { key: 'address', label: 'fieldAddress' },
  { key: 'website', label: 'fieldWebsite' },
  { key: 'socialUrls', label: 'fieldSocial', multiline: true, hint: 'hintOnePerLine' },
  { key: 'tags', label: 'fieldTags', hint: 'hintTags' },
  { key: 'owner', label: 'fieldOwner' },
  { key: 'note', label: 'fieldNote', multiline: true },
];

/** The core's (English) zod messages that have a UI translation: field → message start → key. */
const TRANSLATED: [field: string, starts: string, key: string][] = [
  ['name', 'a contact needs', 'err_name'],
  ['emails', 'expected an email', 'err_emails'],
  ['phones', 'expected a phone', 'err_phones'],
  ['website', 'expected a web address', 'err_website'],
  ['socialUrls', 'expected a web address', 'err_website'],
  ['legalBasis', 'choose the legal basis', 'err_legalBasis'],
];

function translate(field: string, message: string): string {
  const key = TRANSLATED.find(([f, starts]) => f === field && message.startsWith(starts))?.[2];
  const text = key ? chrome.i18n.getMessage(key) : '';
  if (!text) return message;
  const item = /\(#\d+\)$/.exec(message)?.[0];
  return item ? `${text} ${item}` : text;
}

/**
 * The review form: ContactSchema validation on submit with errors under each field; the worker
 * validates again. Values are rendered as input values (text), never as HTML.
 */
export function ContactFormView(props: {
  initial: ContactForm;
  region: string;
  heading: string;
  serverErrors?: FieldErrors | undefined;
  busy?: boolean;
  onSubmit: (input: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<ContactForm>(props.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...errors, ...(props.serverErrors ?? {}) };
  const set = (key: keyof ContactForm, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = contactInputFromForm(form, props.region);
    const result = validateContact(input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    props.onSubmit(input);
  };
  const errorList = (key: string) =>
    (shown[key] ?? []).map((message) => (
      <div className="field-error" role="alert" key={message}>
        {translate(key, message)}
      </div>
    ));
  return (
    <form className="card form" onSubmit={submit} noValidate data-testid="contact-form">
      <h2>{props.heading}</h2>
      {FIELDS.map((f) => (
        // biome-ignore lint/a11y/noLabelWithoutControl: the input or textarea is inside the label
        <label key={f.key} className={`field ${shown[f.key] ? 'has-error' : ''}`}>
          <span className="field-label">
            {t(f.label)}
            {f.hint ? <small>{t(f.hint)}</small> : null}
          </span>
          {f.multiline ? (
            <textarea
              name={f.key}
              rows={Math.max(2, form[f.key].split('\n').length)}
              value={form[f.key]}
              onChange={(e) => set(f.key, e.target.value)}
            />
          ) : (
            <input name={f.key} value={form[f.key]} onChange={(e) => set(f.key, e.target.value)} />
          )}
          {errorList(f.key)}
        </label>
      ))}
      <label className={`field ${shown.legalBasis ? 'has-error' : ''}`}>
        <span className="field-label">
          {t('fieldLegalBasis')}
          <small>{t('hintLegalBasis')}</small>
        </span>
        <select name="legalBasis" value={form.legalBasis} onChange={(e) => set('legalBasis', e.target.value)}>
          <option value="">{t('chooseOne')}</option>
          {LEGAL_BASES.map((b) => (
            <option key={b} value={b}>
              {t(`legal_${b.replace(/-/g, '_')}`)}
            </option>
          ))}
        </select>
        {errorList('legalBasis')}
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {t('save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
