import { CHANNEL_LABELS } from '../../i18n/labels.ts';
import type { RenderContext } from '../renderContext.ts';
import { escapeMarkdown as md } from './markdownParts.ts';

/** One block per segment present: figures, goal, actions, cadence. */
export function strategiesMd({ model, t, fmt }: RenderContext): string {
  const blocks = model.strategies.map((s) => {
    const channel = CHANNEL_LABELS[s.channel][model.language];
    const cadence = s.everyDays === null ? t.noCadence : t.everyDays(s.everyDays, channel);
    const lines = [
      `### ${md(s.label)}`,
      '',
      md(t.segmentStats(fmt.count(s.customers), fmt.money(s.revenue), fmt.percent(s.revenueShare))),
      '',
      `**${md(t.goal)}**: ${md(s.goal)}`,
      '',
      ...s.actions.map((a) => `- ${md(a)}`),
    ];
    if (s.actions.length > 0) lines.push('');
    lines.push(`*${md(t.cadence)}*: ${md(cadence)}`);
    return lines.join('\n');
  });
  return `## ${md(t.strategyHeading)}\n\n${md(t.strategyIntro)}\n\n${blocks.join('\n\n')}`;
}
