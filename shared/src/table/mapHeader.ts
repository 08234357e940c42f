import { normalizeHeader } from './normalizeHeader.ts';

/** Which column holds which field; columns the toolkit does not know are kept, in order. */
export interface HeaderMapping<F extends string> {
  /** Header texts exactly as written. */
  header: string[];
  /** Field → column index. */
  columns: Partial<Record<F, number>>;
  /** Indexes of columns that map to no field (or to a field an earlier column already took). */
  unknown: number[];
}

/**
 * Maps a header row to fields by synonyms, compared after normalizeHeader. `overrides` (header
 * text → field, also compared normalised) win over synonyms wherever the column stands; otherwise
 * the first column for a field wins and later ones stay unknown.
 */
export function mapHeader<F extends string>(
  header: string[],
  synonyms: Record<F, readonly string[]>,
  overrides: Record<string, F> = {},
): HeaderMapping<F> {
  const bySynonym = new Map<string, F>();
  for (const [field, words] of Object.entries(synonyms) as [F, readonly string[]][]) {
    for (const word of words) {
      const key = normalizeHeader(word);
      if (!bySynonym.has(key)) bySynonym.set(key, field);
    }
  }
  const byOverride = new Map<string, F>();
  for (const [text, field] of Object.entries(overrides)) byOverride.set(normalizeHeader(text), field);

  const columns: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  // Overrides first: an explicit setting beats a synonym match in an earlier column.
  header.forEach((text, i) => {
    const field = byOverride.get(normalizeHeader(String(text ?? '')));
    if (field !== undefined && columns[field] === undefined) {
      columns[field] = i;
      taken.add(i);
    }
  });
  const unknown: number[] = [];
  header.forEach((text, i) => {
    if (taken.has(i)) return;
    const key = normalizeHeader(String(text ?? ''));
    const overridden = byOverride.get(key);
    const field = overridden === undefined ? bySynonym.get(key) : undefined;
    if (key !== '' && field !== undefined && columns[field] === undefined) columns[field] = i;
    else unknown.push(i);
  });
  return { header: [...header], columns, unknown };
}
