import { DEFAULT_CADENCE, SEGMENTS } from '@crm/shared';
import type { SettingsDraft } from './settingsDraft.ts';
import type { Texts } from './texts.ts';

type CadenceDraft = SettingsDraft['cadence'];

interface CadenceFieldsProps {
  value: CadenceDraft;
  t: Texts;
  onChange: (cadence: CadenceDraft) => void;
}

/** Revisit days per segment; the placeholder shows the default a blank field keeps. */
export function CadenceFields({ value, t, onChange }: CadenceFieldsProps) {
  return (
    <fieldset>
      <legend>{t.cadence}</legend>
      {SEGMENTS.map((segment) => (
        <label key={segment}>
          {t.segment(segment)}
          <input
            type="number"
            min={0}
            placeholder={String(DEFAULT_CADENCE[segment].everyDays ?? '')}
            value={value[segment] ?? ''}
            onChange={(e) => onChange({ ...value, [segment]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
