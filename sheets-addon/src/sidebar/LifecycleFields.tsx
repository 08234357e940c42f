import type { Config } from '@crm/shared';
import { NumberField } from './NumberField.tsx';
import type { Texts } from './texts.ts';

type Lifecycle = Config['lifecycle'];

/** Each threshold with the catalogue key of its label. */
const LIFECYCLE_FIELDS = [
  ['newMaxDays', 'newMax'],
  ['activeMaxDays', 'activeMax'],
  ['atRiskMaxDays', 'atRiskMax'],
] as const satisfies readonly (readonly [keyof Lifecycle, keyof Texts])[];

interface LifecycleFieldsProps {
  value: Lifecycle;
  t: Texts;
  onChange: (lifecycle: Lifecycle) => void;
}

/** Days since the last purchase up to which a customer counts as new, active or at risk. */
export function LifecycleFields({ value, t, onChange }: LifecycleFieldsProps) {
  return (
    <fieldset>
      <legend>{t.lifecycle}</legend>
      {LIFECYCLE_FIELDS.map(([field, label]) => (
        <NumberField
          key={field}
          label={t[label]}
          value={value[field]}
          onChange={(days) => onChange({ ...value, [field]: days })}
        />
      ))}
    </fieldset>
  );
}
