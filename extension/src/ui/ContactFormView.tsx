import { LEGAL_BASES } from '@crm/shared';
import type { PhoneRegionGuess } from '@crm/shared/extract';
import { useState } from 'react';
import { contactErrorText } from '../logic/contactErrorText.ts';
import { type ContactForm, contactInputFromForm, validateContact } from '../logic/contactForm.ts';
import type { FieldErrors } from '../messages/requestSchemas.ts';
import { uiLanguage, uiTexts } from '../texts/uiTexts.ts';

type TextField = Exclude<keyof ContactForm, 'legalBasis'>;

interface FieldSpec {
  key: TextField;
  multiline?: boolean;
  date?: boolean;
  hint?: 'onePerLine' | 'tags' | 'purpose' | 'informedOn';
}

const FIELDS: FieldSpec[] = [
  { key: 'name' },
  { key: 'title' },
  { key: 'organization' },
  { key: 'emails', multiline: true, hint: 'onePerLine' },
  { key: 'phones', multiline: true, hint: 'onePerLine' },
  { key: 'wechat' },
  { key: 'address' },
  { key: 'website' },
  { key: 'socialUrls', multiline: true, hint: 'onePerLine' },
  { key: 'tags', hint: 'tags' },
  { key: 'owner' },
  { key: 'note', multiline: true },
];

/** After the legal basis: why the contact is kept and when the person was told (个人信息保护法 art. 17). */
const CONSENT_FIELDS: FieldSpec[] = [
  { key: 'purpose', hint: 'purpose' },
  { key: 'informedOn', date: true, hint: 'informedOn' },
];

/**
 * The review form: ContactSchema validation on submit with errors under each field; the worker
 * validates again. Values are rendered as input values (text), never as HTML.
 */
export function ContactFormView(props: {
  initial: ContactForm;
  region: string;
  /** The region the candidate's numbers without a country code were read in, and why. */
  phoneRegion?: PhoneRegionGuess | null | undefined;
  heading: string;
  serverErrors?: FieldErrors | undefined;
  busy?: boolean;
  onSubmit: (input: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const texts = uiTexts();
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
        {contactErrorText(key, message, texts)}
      </div>
    ));
  const field = (f: FieldSpec) => (
    // biome-ignore lint/a11y/noLabelWithoutControl: the input or textarea is inside the label
    <label key={f.key} className={`field ${shown[f.key] ? 'has-error' : ''}`}>
      <span className="field-label">
        {texts.fields[f.key]}
        {f.hint ? <small>{texts.hints[f.hint]}</small> : null}
      </span>
      {f.multiline ? (
        <textarea
          name={f.key}
          rows={Math.max(2, form[f.key].split('\n').length)}
          value={form[f.key]}
          onChange={(e) => set(f.key, e.target.value)}
        />
      ) : (
        <input
          name={f.key}
          type={f.date ? 'date' : 'text'}
          value={form[f.key]}
          placeholder={f.key === 'purpose' ? texts.defaultPurpose : undefined}
          onChange={(e) => set(f.key, e.target.value)}
        />
      )}
      {f.key === 'phones' && props.phoneRegion ? (
        <small className="field-note" data-testid="phone-region">
          {texts.phoneRegionNote(
            regionName(props.phoneRegion.region),
            texts.phoneRegionBases[props.phoneRegion.basis],
          )}
        </small>
      ) : null}
      {errorList(f.key)}
    </label>
  );
  return (
    <form className="card form" onSubmit={submit} noValidate data-testid="contact-form">
      <h2>{props.heading}</h2>
      {FIELDS.map(field)}
      <label className={`field ${shown.legalBasis ? 'has-error' : ''}`}>
        <span className="field-label">
          {texts.fields.legalBasis}
          <small>{texts.hints.legalBasis}</small>
        </span>
        <select name="legalBasis" value={form.legalBasis} onChange={(e) => set('legalBasis', e.target.value)}>
          <option value="">{texts.chooseOne}</option>
          {LEGAL_BASES.map((b) => (
            <option key={b} value={b}>
              {texts.legalBases[b]}
            </option>
          ))}
        </select>
        {errorList('legalBasis')}
      </label>
      {CONSENT_FIELDS.map(field)}
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {texts.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {texts.cancel}
        </button>
      </div>
    </form>
  );
}

/** 'US' → 美国 / United States, in the UI language (ECMA-402 Intl.DisplayNames); the code if unknown. */
function regionName(code: string): string {
  try {
    const locale = uiLanguage() === 'zh' ? 'zh-CN' : 'en';
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
