import type { Config } from '../config/config.ts';
import { DEFINED_TERMS, type Definition } from './reportSections.ts';
import type { ReportTexts } from './reportTexts.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Every defined term with its one definition, quoting the configured thresholds. */
export function buildDefinitions(config: Config, t: ReportTexts): Definition[] {
  const params = {
    newMaxDays: config.lifecycle.newMaxDays,
    activeMaxDays: config.lifecycle.activeMaxDays,
    atRiskMaxDays: config.lifecycle.atRiskMaxDays,
    highShare: percent(config.valueTier.highShare),
    churnThreshold: percent(config.clv.churnThreshold),
    horizonMonths: config.clv.horizonMonths,
  };
  return DEFINED_TERMS.map((term) => ({
    term,
    label: t.definitions[term].label,
    text: t.definitions[term].text(params),
  }));
}
