import { type Config, cadenceFor } from '../config/config.ts';
import type { Segment } from '../model/keys.ts';
import { DEFAULT_PLAYBOOK } from './defaultPlaybook.ts';
import type { DistributionRow, StrategyRow } from './reportModel.ts';

/** The strategy of every segment present, from the configured playbook or the built-in one. */
export function buildStrategies(segments: DistributionRow<Segment>[], config: Config): StrategyRow[] {
  const language = config.language;
  const rows: StrategyRow[] = [];
  for (const s of segments) {
    if (s.customers === 0) continue;
    const configured = config.playbook[s.key];
    const entry = DEFAULT_PLAYBOOK[s.key][language];
    const cadence = cadenceFor(config, s.key);
    rows.push({
      segment: s.key,
      label: s.label,
      customers: s.customers,
      revenue: s.revenue,
      revenueShare: s.revenueShare,
      goal: configured === undefined ? entry.goal : configured[language],
      actions: configured === undefined ? [...entry.actions] : [],
      everyDays: cadence.everyDays,
      channel: cadence.channel,
      source: configured === undefined ? 'default' : 'config',
    });
  }
  return rows;
}
