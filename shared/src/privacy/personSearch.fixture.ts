import { resolveConfig } from '../config/config.ts';
import type { SheetGrid } from '../jobs/sheetGrid.ts';
import { findPerson } from './findPerson.ts';
import { type PersonKey, parsePersonKey } from './personKey.ts';

/** The default configuration's header overrides and a mainland region, as a search is run. */
export const options = { headerOverrides: resolveConfig({}).headerOverrides, region: 'CN' };

/** A person key from its text (email:…, phone:…, id:…), as `crm person --match` reads it. */
export function key(text: string): PersonKey {
  const parsed = parsePersonKey(text, 'CN');
  if (!parsed.ok) throw new Error(text);
  return parsed.key;
}

/** The rows, sheet by sheet, where findPerson finds a cell of the person `text` names. */
export function placesBySheet(grids: SheetGrid[], text: string): Record<string, number[]> {
  const found = findPerson(grids, key(text), options);
  const by: Record<string, number[]> = {};
  for (const p of found.places) {
    const rows = by[p.sheet] ?? [];
    if (!rows.includes(p.row)) rows.push(p.row);
    by[p.sheet] = rows;
  }
  return by;
}
