// Test support: a tiny stand-in for table/readCustomerTable, so the cleaning tests state their
// rows as a user would type them without depending on the parsers.
import { CUSTOMER_FIELD_SYNONYMS, CUSTOMER_FIELDS, type CustomerField } from '../model/fields.ts';
import { type CustomerRecord, emptyCustomerRecord } from '../model/records.ts';
import type { Cell } from '../model/table.ts';
import type { HeaderMapping } from '../table/index.ts';

const NUMERIC: ReadonlySet<CustomerField> = new Set(['orderCount', 'totalSpend', 'satisfaction']);

/** An empty customer record for a sheet row, with some fields set. */
export const customer = emptyCustomerRecord;

/** Maps a header by the canonical synonyms (case-insensitive). */
export function mapHeaderForTest(header: string[]): HeaderMapping<CustomerField> {
  const columns: Partial<Record<CustomerField, number>> = {};
  const unknown: number[] = [];
  header.forEach((text, index) => {
    const wanted = text.trim().toLowerCase();
    const field = CUSTOMER_FIELDS.find((f) =>
      CUSTOMER_FIELD_SYNONYMS[f].some((s) => s.toLowerCase() === wanted),
    );
    if (field === undefined || columns[field] !== undefined) unknown.push(index);
    else columns[field] = index;
  });
  return { header, columns, unknown };
}

/** Reads rows under a header the way the real reader would (simplified parsing). */
export function customerTable(
  header: string[],
  rows: Cell[][],
): { records: CustomerRecord[]; mapping: HeaderMapping<CustomerField> } {
  const mapping = mapHeaderForTest(header);
  const records = rows.map((cells, index) => {
    const record = customer(index + 2, { cells });
    for (const field of CUSTOMER_FIELDS) {
      const column = mapping.columns[field];
      if (column === undefined) continue;
      const cell = cells[column];
      const text = cell === null || cell === undefined ? '' : String(cell).trim();
      if (text === '') continue;
      assign(record, field, text);
    }
    return record;
  });
  return { records, mapping };
}

function assign(record: CustomerRecord, field: CustomerField, text: string): void {
  if (field === 'tags') record.tags = text.split(/[,，、]/).map((t) => t.trim());
  else if (NUMERIC.has(field)) Object.assign(record, { [field]: Number(text.replace(/[¥,]/g, '')) });
  else if (field === 'email') record.email = text.includes('@') ? text.toLowerCase() : null;
  else if (field === 'mobile' || field === 'phone') record[field] = toE164(text);
  else Object.assign(record, { [field]: text });
}

function toE164(text: string): string | null {
  const digits = text.replace(/[^\d]/g, '');
  if (text.startsWith('+')) return `+${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+86${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  return null;
}
