import { LANGUAGES } from '@crm/shared';
import type { AddonSettings } from './serverCall.ts';
import type { Texts } from './texts.ts';

type LanguageChoice = AddonSettings['language'];

/** "auto" follows the spreadsheet locale; the others fix the language. */
const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const satisfies readonly LanguageChoice[];

interface LanguageSelectProps {
  value: LanguageChoice;
  t: Texts;
  onChange: (language: LanguageChoice) => void;
}

export function LanguageSelect({ value, t, onChange }: LanguageSelectProps) {
  const choose = (picked: string) => {
    const choice = LANGUAGE_CHOICES.find((c) => c === picked);
    if (choice) onChange(choice);
  };
  return (
    <label>
      {t.language}
      <select value={value} onChange={(e) => choose(e.target.value)}>
        {LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 'auto' ? t.auto : t.languageNames[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
