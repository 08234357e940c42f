import type { RenderContext } from '../renderContext.ts';
import { escapeMarkdown as md } from './markdownParts.ts';

/** Title, date, language, data sources and what makes the money figures wrong, if anything. */
export function headerMd({ model, t, fmt }: RenderContext): string {
  const s = model.sources;
  const sources = [t.sourceCustomers(fmt.count(s.customerRows))];
  sources.push(s.orderRows === null ? t.sourceSummary : t.sourceOrders(fmt.count(s.orderRows)));
  if (s.complaints > 0) sources.push(t.sourceComplaints(fmt.count(s.complaints)));
  return [
    `# ${md(model.title)}`,
    '',
    `- **${md(t.asOf)}**: ${model.today}`,
    `- **${md(t.language)}**: ${md(t.languageName)}`,
    `- **${md(t.sources)}**: ${md(sources.join(t.listSeparator))}`,
    ...model.moneyNotes.map((note) => `\n> **${md(t.moneyCaution)}**: ${md(note)}`),
  ].join('\n');
}
