import type { Texts } from './texts.ts';

interface SheetSelectProps {
  label: string;
  /** '' = find the sheet automatically. */
  value: string;
  sheets: string[];
  t: Texts;
  onChange: (sheet: string) => void;
}

/** Picks one of the spreadsheet's sheets, or leaves the choice to the add-on. */
export function SheetSelect({ label, value, sheets, t, onChange }: SheetSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.automatic}</option>
        {sheets.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
    </label>
  );
}
