import { ORDER_ERASURE_MODES } from '@crm/shared';
import type { PrivacyDraft } from './settingsDraft.ts';
import type { Texts } from './texts.ts';

interface PrivacyFieldsProps {
  value: PrivacyDraft;
  t: Texts;
  onChange: (privacy: PrivacyDraft) => void;
}

/** The personal-information settings: retention period, contact details, legal basis, erasure of orders. */
export function PrivacyFields({ value, t, onChange }: PrivacyFieldsProps) {
  const change = (patch: Partial<PrivacyDraft>) => onChange({ ...value, ...patch });
  const eraseOrders = (picked: string) => {
    const mode = ORDER_ERASURE_MODES.find((m) => m === picked);
    if (mode) change({ eraseOrders: mode });
  };
  return (
    <fieldset>
      <legend>{t.privacy}</legend>
      <label>
        {t.retentionMonths}
        <input
          type="number"
          min={1}
          step={1}
          value={value.retentionMonths}
          placeholder={t.noRetention}
          onChange={(e) => change({ retentionMonths: e.target.value })}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.showContactDetails}
          onChange={(e) => change({ showContactDetails: e.target.checked })}
        />
        {t.showContactDetails}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.requireLegalBasis}
          onChange={(e) => change({ requireLegalBasis: e.target.checked })}
        />
        {t.requireLegalBasis}
      </label>
      <label className="block">
        {t.eraseOrders}
        <select value={value.eraseOrders} onChange={(e) => eraseOrders(e.target.value)}>
          {ORDER_ERASURE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t.eraseOrdersModes[mode]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
