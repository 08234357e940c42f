import type { CustomerField } from '../model/fields.ts';
import type { CustomerRecord } from '../model/records.ts';
import { normalizeCompany } from './normalizeCompany.ts';
import { normalizePersonName } from './normalizePersonName.ts';

/** A parsed field as text (tags joined with `, `), or null when empty. */
export function fieldText(record: CustomerRecord, field: CustomerField): string | null {
  const value = record[field];
  if (value === null) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return value.length > 0 ? value.join(', ') : null;
  const text = value.trim();
  return text === '' ? null : text;
}

/**
 * When two field values say the same thing: `Acme Inc.` = `ACME`, `Li Wei` = `li wei`, tags in
 * any order. Only values with different keys are conflicts.
 */
export function fieldComparisonKey(field: CustomerField, text: string): string {
  if (field === 'company') return normalizeCompany(text) || text.normalize('NFKC').toLowerCase();
  if (field === 'name') return normalizePersonName(text)?.key ?? text;
  if (field === 'tags') {
    return [...new Set(text.split(', ').map((tag) => tag.normalize('NFKC').toLowerCase()))].sort().join('\n');
  }
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}
