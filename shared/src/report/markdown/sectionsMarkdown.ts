import { SEGMENT_LABELS } from '../../i18n/labels.ts';
import { SEGMENTS } from '../../model/keys.ts';
import type { RenderContext } from '../renderContext.ts';
import {
  cohortTable,
  comparisonNotes,
  comparisonTable,
  definitionsTable,
  loyaltyTable,
  migrationHighlightsTable,
  ownersTable,
  topCustomersTable,
} from '../sectionTables.ts';
import { markdownTable, escapeMarkdown as md, textTableMd } from './markdownParts.ts';

// The sections a manager acts on, as Markdown: the same tables as the HTML report.

/** The last complete period against the one before and a year earlier, and the period so far. */
export function comparisonMd(ctx: RenderContext): string {
  const { model, t } = ctx;
  const c = model.comparison;
  if (c === null) return `## ${md(t.comparisonHeading)}\n\n${md(t.noComparison)}`;
  const notes = comparisonNotes(ctx, c);
  return [
    `## ${md(t.comparisonHeading)}`,
    md(t.comparisonIntro(c.period, t.periodLabel(c.period, c.current.from))),
    textTableMd(comparisonTable(ctx, c)),
    notes.map((n) => md(n)).join('\n\n'),
  ].join('\n\n');
}

export function ownersMd(ctx: RenderContext): string {
  const { model, t } = ctx;
  const c = model.comparison;
  const label = c === null ? null : t.periodLabel(c.period, c.current.from);
  return `## ${md(t.ownersHeading)}\n\n${md(t.ownersIntro(label))}\n\n${textTableMd(ownersTable(ctx))}`;
}

export function migrationMd(ctx: RenderContext): string {
  const { model, t, fmt } = ctx;
  const m = model.migration;
  if (m === null) return `## ${md(t.migrationHeading)}\n\n${md(t.noMigration)}`;
  const lang = model.language;
  const rows = SEGMENTS.filter((s) => m.matrix.some((c) => c.from === s));
  const columns = SEGMENTS.filter((s) => m.matrix.some((c) => c.to === s));
  const count = new Map(m.matrix.map((c) => [`${c.from}>${c.to}`, c.customers]));
  const matrix = markdownTable(
    [`${t.segmentThen(m.from)} ↓ · ${t.segmentNow} →`, ...columns.map((s) => SEGMENT_LABELS[s][lang])],
    rows.map((from) => [
      SEGMENT_LABELS[from][lang],
      ...columns.map((to) => {
        const n = count.get(`${from}>${to}`) ?? 0;
        return n === 0 ? '' : fmt.count(n);
      }),
    ]),
    columns.map((_, i) => i + 1),
  );
  const highlights =
    m.highlights.length === 0 ? md(t.noMigrationMoves) : textTableMd(migrationHighlightsTable(ctx));
  return [
    `## ${md(t.migrationHeading)}`,
    md(t.migrationIntro(m.from, m.to)),
    matrix,
    `### ${md(t.migrationHighlights)}`,
    highlights,
  ].join('\n\n');
}

export function cohortsMd(ctx: RenderContext): string {
  const { model, t } = ctx;
  if (model.cohorts === null) return `## ${md(t.cohortsHeading)}\n\n${md(t.noCohorts)}`;
  return `## ${md(t.cohortsHeading)}\n\n${md(t.cohortsIntro)}\n\n${textTableMd(cohortTable(ctx))}`;
}

export function loyaltyMd(ctx: RenderContext): string {
  return `## ${md(ctx.t.loyaltyHeading)}\n\n${textTableMd(loyaltyTable(ctx))}`;
}

export function topCustomersMd(ctx: RenderContext): string {
  const { model, t } = ctx;
  const heading = `## ${md(t.topCustomersHeading(model.topCustomers.length))}`;
  if (model.topCustomers.length === 0) return `${heading}\n\n${md(t.noPurchases)}`;
  return `${heading}\n\n${textTableMd(topCustomersTable(ctx))}`;
}

export function definitionsMd(ctx: RenderContext): string {
  const { t } = ctx;
  return `## ${md(t.definitionsHeading)}\n\n${md(t.definitionsIntro)}\n\n${textTableMd(definitionsTable(ctx))}`;
}
