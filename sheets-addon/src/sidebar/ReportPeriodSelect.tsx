import { REPORT_PERIODS, type ReportPeriod } from '@crm/shared';
import type { Texts } from './texts.ts';

interface ReportPeriodSelectProps {
  value: ReportPeriod;
  t: Texts;
  onChange: (period: ReportPeriod) => void;
}

/** The calendar period the report compares: the last complete month, quarter or year. */
export function ReportPeriodSelect({ value, t, onChange }: ReportPeriodSelectProps) {
  const choose = (picked: string) => {
    const period = REPORT_PERIODS.find((p) => p === picked);
    if (period) onChange(period);
  };
  return (
    <label>
      {t.reportPeriod}
      <select value={value} onChange={(e) => choose(e.target.value)}>
        {REPORT_PERIODS.map((period) => (
          <option key={period} value={period}>
            {t.reportPeriods[period]}
          </option>
        ))}
      </select>
    </label>
  );
}
