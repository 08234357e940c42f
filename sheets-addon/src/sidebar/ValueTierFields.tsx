import type { Config } from '@crm/shared';
import { NumberField } from './NumberField.tsx';
import type { Texts } from './texts.ts';

type ValueTier = Config['valueTier'];

/** Each share with the catalogue key of its label. */
const VALUE_TIER_FIELDS = [
  ['highShare', 'high'],
  ['mediumShare', 'medium'],
] as const satisfies readonly (readonly [keyof ValueTier, keyof Texts])[];

interface ValueTierFieldsProps {
  value: ValueTier;
  t: Texts;
  onChange: (valueTier: ValueTier) => void;
}

/** Shares of cumulative revenue (0–1) up to which customers are high and medium value. */
export function ValueTierFields({ value, t, onChange }: ValueTierFieldsProps) {
  return (
    <fieldset>
      <legend>{t.valueTier}</legend>
      {VALUE_TIER_FIELDS.map(([field, label]) => (
        <NumberField
          key={field}
          label={t[label]}
          value={value[field]}
          step={0.01}
          onChange={(share) => onChange({ ...value, [field]: share })}
        />
      ))}
    </fieldset>
  );
}
