import { CadenceFields } from './CadenceFields.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { LifecycleFields } from './LifecycleFields.tsx';
import { NumberField } from './NumberField.tsx';
import { PrivacyFields } from './PrivacyFields.tsx';
import { ReportPeriodSelect } from './ReportPeriodSelect.tsx';
import { SheetSelect } from './SheetSelect.tsx';
import type { SettingsView } from './serverCall.ts';
import type { Texts } from './texts.ts';
import { useSettingsForm } from './useSettingsForm.ts';
import { ValueTierFields } from './ValueTierFields.tsx';
import { WorkDaysFields } from './WorkDaysFields.tsx';

interface SettingsFormProps {
  view: SettingsView;
  t: Texts;
  onSaved: (view: SettingsView) => void;
}

/** The settings form: saved to document properties after the server validates it. */
export function SettingsForm({ view, t, onSaved }: SettingsFormProps) {
  const { draft, change, submit, saving, outcome } = useSettingsForm(view, t, onSaved);
  return (
    <details className="settings">
      <summary>{t.settings}</summary>
      <form onSubmit={submit}>
        <LanguageSelect value={draft.language} t={t} onChange={(language) => change({ language })} />
        <label>
          {t.region}
          <input value={draft.region} maxLength={2} onChange={(e) => change({ region: e.target.value })} />
        </label>
        <SheetSelect
          label={t.customerSheet}
          value={draft.customerSheet}
          sheets={view.sheets}
          t={t}
          onChange={(customerSheet) => change({ customerSheet })}
        />
        <label>
          {t.customerHeaderRow}
          <input
            type="number"
            min={1}
            step={1}
            value={draft.customerHeaderRow}
            placeholder={t.automatic}
            onChange={(e) => change({ customerHeaderRow: e.target.value })}
          />
        </label>
        <SheetSelect
          label={t.ordersSheet}
          value={draft.ordersSheet}
          sheets={view.sheets}
          t={t}
          onChange={(ordersSheet) => change({ ordersSheet })}
        />
        <LifecycleFields value={draft.lifecycle} t={t} onChange={(lifecycle) => change({ lifecycle })} />
        <ValueTierFields value={draft.valueTier} t={t} onChange={(valueTier) => change({ valueTier })} />
        <CadenceFields value={draft.cadence} t={t} onChange={(cadence) => change({ cadence })} />
        <label className="block">
          {t.mapping}
          <textarea rows={3} value={draft.mapping} onChange={(e) => change({ mapping: e.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.clv} onChange={(e) => change({ clv: e.target.checked })} />
          {t.clv}
        </label>
        <NumberField
          label={t.digestHour}
          value={draft.digestHour}
          onChange={(digestHour) => change({ digestHour })}
        />
        <ReportPeriodSelect
          value={draft.reportPeriod}
          t={t}
          onChange={(reportPeriod) => change({ reportPeriod })}
        />
        <NumberField
          label={t.dailyCapacity}
          value={draft.dailyCapacity}
          onChange={(dailyCapacity) => change({ dailyCapacity })}
        />
        <WorkDaysFields value={draft.workDays} t={t} onChange={(workDays) => change({ workDays })} />
        <PrivacyFields value={draft.privacy} t={t} onChange={(privacy) => change({ privacy })} />
        <button type="submit" className="primary" disabled={saving}>
          {t.save}
        </button>
        {outcome && <p className={outcome.ok ? 'saved' : 'problem'}>{outcome.text}</p>}
      </form>
    </details>
  );
}
