import type { RenderContext } from '../renderContext.ts';
import { definitionsTable } from '../sectionTables.ts';
import { section, textTableHtml } from './htmlParts.ts';

/** The one definition of each term, as the whole report counts by it. */
export function definitionsHtml(ctx: RenderContext): string {
  const { t } = ctx;
  return section(
    'definitions',
    t.definitionsHeading,
    textTableHtml(definitionsTable(ctx), 'definitions'),
    t.definitionsIntro,
  );
}
