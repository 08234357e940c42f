import type { RenderContext } from '../renderContext.ts';
import { topCustomersTable } from '../sectionTables.ts';
import { paragraph, section, textTableHtml } from './htmlParts.ts';

/** The customers with the most revenue, with segment, owner and trend. */
export function topCustomersHtml(ctx: RenderContext): string {
  const { model, t } = ctx;
  const heading = t.topCustomersHeading(model.topCustomers.length);
  if (model.topCustomers.length === 0) return section('top', heading, paragraph(t.noPurchases, 'empty'));
  return section('top', heading, textTableHtml(topCustomersTable(ctx), 'top compact'));
}
