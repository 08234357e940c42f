import { SLA_DAY_COUNTS, WEEKDAYS, type Weekday } from '@crm/shared';
import type { WorkDaysDraft } from './settingsDraft.ts';
import type { Texts } from './texts.ts';

interface WorkDaysFieldsProps {
  value: WorkDaysDraft;
  t: Texts;
  onChange: (workDays: WorkDaysDraft) => void;
}

/**
 * The days the team works: the working week, every day (a shop), China's public holidays and
 * 调休, the team's own days off and extra working days, and how complaint SLAs count days.
 */
export function WorkDaysFields({ value, t, onChange }: WorkDaysFieldsProps) {
  const change = (patch: Partial<WorkDaysDraft>) => onChange({ ...value, ...patch });
  const toggle = (weekday: Weekday, worked: boolean) =>
    change({ weekdays: WEEKDAYS.filter((d) => (d === weekday ? worked : value.weekdays.includes(d))) });
  const slaCount = (picked: string) => {
    const count = SLA_DAY_COUNTS.find((c) => c === picked);
    if (count) change({ complaintSlaCount: count });
  };
  return (
    <fieldset>
      <legend>{t.workDays}</legend>
      <div className="weekdays">
        {WEEKDAYS.map((weekday) => (
          <label key={weekday} className="check">
            <input
              type="checkbox"
              checked={value.everyDay || value.weekdays.includes(weekday)}
              disabled={value.everyDay}
              onChange={(e) => toggle(weekday, e.target.checked)}
            />
            {t.weekdayNames[weekday]}
          </label>
        ))}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={value.everyDay}
          onChange={(e) => change({ everyDay: e.target.checked })}
        />
        {t.everyDay}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.chinaPublicHolidays && !value.everyDay}
          disabled={value.everyDay}
          onChange={(e) => change({ chinaPublicHolidays: e.target.checked })}
        />
        {t.chinaPublicHolidays}
      </label>
      <label className="block">
        {t.daysOff}
        <textarea rows={2} value={value.daysOff} onChange={(e) => change({ daysOff: e.target.value })} />
      </label>
      <label className="block">
        {t.extraWorkingDays}
        <textarea
          rows={2}
          value={value.extraWorkingDays}
          onChange={(e) => change({ extraWorkingDays: e.target.value })}
        />
      </label>
      <label className="block">
        {t.complaintSlaCount}
        <select value={value.complaintSlaCount} onChange={(e) => slaCount(e.target.value)}>
          {SLA_DAY_COUNTS.map((count) => (
            <option key={count} value={count}>
              {t.complaintSlaCounts[count]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
