import { CHANNEL_LABELS } from '../../i18n/labels.ts';
import { escapeHtml } from '../escapeHtml.ts';
import type { RenderContext } from '../renderContext.ts';
import { paragraph, section } from './htmlParts.ts';

/** One card per segment present: who they are, the goal, concrete actions and the cadence. */
export function strategiesHtml({ model, t, fmt }: RenderContext): string {
  const cards = model.strategies.map((s) => {
    const channel = CHANNEL_LABELS[s.channel][model.language];
    const cadence = s.everyDays === null ? t.noCadence : t.everyDays(s.everyDays, channel);
    const actions =
      s.actions.length === 0
        ? ''
        : `<ul class="actions">${s.actions.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>`;
    return (
      `<article class="card strategy seg-${s.segment}" data-segment="${s.segment}">` +
      `<header><h3>${escapeHtml(s.label)}</h3><div class="meta">${escapeHtml(
        t.segmentStats(fmt.count(s.customers), fmt.money(s.revenue), fmt.percent(s.revenueShare)),
      )}</div></header>` +
      `<p class="goal"><span class="tag">${escapeHtml(t.goal)}</span>${escapeHtml(s.goal)}</p>${actions}` +
      `<p class="cadence"><span class="tag">${escapeHtml(t.cadence)}</span>${escapeHtml(cadence)}</p></article>`
    );
  });
  const body =
    cards.length === 0
      ? paragraph(t.notAvailable, 'empty')
      : `<div class="strategy-grid">${cards.join('')}</div>`;
  return section('strategy', t.strategyHeading, body, t.strategyIntro);
}
