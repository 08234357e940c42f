import { DEFAULT_CADENCE, LANGUAGES, SEGMENTS, type Segment } from '@crm/shared';
import { type FormEvent, useState } from 'react';
import { errorText } from './errorText.ts';
import { type AddonSettings, type SettingsView, serverCall } from './serverCall.ts';
import type { Texts } from './texts.ts';

interface Props {
  view: SettingsView;
  t: Texts;
  onSaved: (view: SettingsView) => void;
}

function mappingText(overrides: Record<string, string>): string {
  return Object.entries(overrides)
    .map(([header, field]) => `${header} = ${field}`)
    .join('\n');
}

function parseMapping(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf('=');
    if (at <= 0) continue;
    const header = line.slice(0, at).trim();
    const field = line.slice(at + 1).trim();
    if (header && field) out[header] = field;
  }
  return out;
}

/** The settings form: saved to document properties after the server validates it. */
export function SettingsForm({ view, t, onSaved }: Props) {
  const c = view.config;
  const s = view.settings;
  const [language, setLanguage] = useState(s.language);
  const [region, setRegion] = useState(c.defaultRegion);
  const [customerSheet, setCustomerSheet] = useState(s.customerSheet ?? '');
  const [ordersSheet, setOrdersSheet] = useState(s.ordersSheet ?? '');
  const [lifecycle, setLifecycle] = useState(c.lifecycle);
  const [tier, setTier] = useState(c.valueTier);
  const [cadence, setCadence] = useState<Partial<Record<Segment, string>>>(() =>
    Object.fromEntries(
      Object.entries(c.followUps.cadence).map(([k, v]) => [
        k,
        v?.everyDays === null ? '' : String(v?.everyDays ?? ''),
      ]),
    ),
  );
  const [mapping, setMapping] = useState(mappingText(c.headerOverrides.customers));
  const [clv, setClv] = useState(s.clv);
  const [digestHour, setDigestHour] = useState(s.digestHour);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cadenceConfig: Record<string, { everyDays: number; channel: string }> = {};
    for (const segment of SEGMENTS) {
      const value = cadence[segment];
      if (value !== undefined && value.trim() !== '') {
        cadenceConfig[segment] = { everyDays: Number(value), channel: DEFAULT_CADENCE[segment].channel };
      }
    }
    const next: AddonSettings = {
      language,
      customerSheet: customerSheet || null,
      ordersSheet: ordersSheet || null,
      complaintsSheet: s.complaintsSheet,
      clv,
      digestHour,
      config: {
        ...s.config,
        defaultRegion: region.trim().toUpperCase(),
        lifecycle,
        valueTier: tier,
        followUps: { ...((s.config.followUps as object | undefined) ?? {}), cadence: cadenceConfig },
        headerOverrides: {
          ...((s.config.headerOverrides as object | undefined) ?? {}),
          customers: parseMapping(mapping),
        },
      },
    };
    setSaving(true);
    try {
      const result = await serverCall('saveSettings', next);
      setMessage({ ok: result.ok, text: result.message });
      if (result.ok && result.settings) onSaved(result.settings);
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, t) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <details className="settings">
      <summary>{t.settings}</summary>
      <form onSubmit={submit}>
        <label>
          {t.language}
          <select value={language} onChange={(e) => setLanguage(e.target.value as typeof language)}>
            <option value="auto">{t.auto}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t.languageNames[code]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.region}
          <input value={region} maxLength={2} onChange={(e) => setRegion(e.target.value)} />
        </label>
        <label>
          {t.customerSheet}
          <select value={customerSheet} onChange={(e) => setCustomerSheet(e.target.value)}>
            <option value="">{t.automatic}</option>
            {view.sheets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          {t.ordersSheet}
          <select value={ordersSheet} onChange={(e) => setOrdersSheet(e.target.value)}>
            <option value="">{t.automatic}</option>
            {view.sheets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t.lifecycle}</legend>
          <NumberField
            label={t.newMax}
            value={lifecycle.newMaxDays}
            onChange={(n) => setLifecycle({ ...lifecycle, newMaxDays: n })}
          />
          <NumberField
            label={t.activeMax}
            value={lifecycle.activeMaxDays}
            onChange={(n) => setLifecycle({ ...lifecycle, activeMaxDays: n })}
          />
          <NumberField
            label={t.atRiskMax}
            value={lifecycle.atRiskMaxDays}
            onChange={(n) => setLifecycle({ ...lifecycle, atRiskMaxDays: n })}
          />
        </fieldset>
        <fieldset>
          <legend>{t.valueTier}</legend>
          <NumberField
            label={t.high}
            value={tier.highShare}
            onChange={(n) => setTier({ ...tier, highShare: n })}
            step={0.01}
          />
          <NumberField
            label={t.medium}
            value={tier.mediumShare}
            onChange={(n) => setTier({ ...tier, mediumShare: n })}
            step={0.01}
          />
        </fieldset>
        <fieldset>
          <legend>{t.cadence}</legend>
          {SEGMENTS.map((segment) => (
            <label key={segment}>
              {t.segment(segment)}
              <input
                type="number"
                min={0}
                placeholder={String(DEFAULT_CADENCE[segment].everyDays ?? '')}
                value={cadence[segment] ?? ''}
                onChange={(e) => setCadence({ ...cadence, [segment]: e.target.value })}
              />
            </label>
          ))}
        </fieldset>
        <label className="block">
          {t.mapping}
          <textarea rows={3} value={mapping} onChange={(e) => setMapping(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={clv} onChange={(e) => setClv(e.target.checked)} />
          {t.clv}
        </label>
        <NumberField label={t.digestHour} value={digestHour} onChange={setDigestHour} />
        <button type="submit" className="primary" disabled={saving}>
          {t.save}
        </button>
        {message && <p className={message.ok ? 'saved' : 'problem'}>{message.text}</p>}
      </form>
    </details>
  );
}

function NumberField(props: { label: string; value: number; onChange: (n: number) => void; step?: number }) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        step={props.step ?? 1}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
    </label>
  );
}
