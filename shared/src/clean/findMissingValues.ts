import type { Config } from '../config/config.ts';
import { FIELD_LABELS } from '../i18n/labels.ts';
import type { CustomerField } from '../model/fields.ts';
import type { CustomerRecord } from '../model/records.ts';
import type { CleaningReview } from '../model/results.ts';
import { customerFieldColumns, type HeaderMapping } from '../table/index.ts';
import { isBlankCell } from './isBlankCell.ts';
import { MISSING_VALUE_TEXTS } from './missingValueTexts.ts';

type Missing = CleaningReview['missing'][number];

/** `field` of the entries about a row (or table) without any way to contact the customer. */
export const CONTACT_FIELD = 'contact';

/**
 * Missing values, judged on the cells as written (an invalid cell is not empty; it is reported as
 * invalid instead). A required column that does not exist at all is one entry on row 1 (the
 * header) named by the field's label; a required value is reported per data row under the column
 * as written. Rows without any of the contact fields get one `contact` entry each. Messages are
 * in config.language.
 */
export function findMissingValues(
  records: CustomerRecord[],
  mapping: HeaderMapping<CustomerField>,
  config: Config,
): Missing[] {
  const missing: Missing[] = [];
  const language = config.language;
  const text = MISSING_VALUE_TEXTS[language];
  const required: { field: CustomerField; columns: number[]; header: string }[] = [];
  for (const field of new Set(config.requiredFields)) {
    const fieldLabel = FIELD_LABELS[field][language];
    // A name written in parts (First Name / Last Name) is there when any part is.
    const columns = customerFieldColumns(mapping, field);
    if (columns.length === 0) {
      missing.push({ row: 1, column: fieldLabel, field, message: text.noColumn(fieldLabel) });
    } else {
      const header = columns.map((c) => mapping.header[c] || fieldLabel).join(' / ');
      required.push({ field, columns, header });
    }
  }

  const contactColumns: { column: number; header: string }[] = [];
  for (const field of new Set(config.requiredContactFields)) {
    const column = mapping.columns[field];
    if (column !== undefined) contactColumns.push({ column, header: mapping.header[column] ?? field });
  }
  const contactLabels = config.requiredContactFields.map((field) => FIELD_LABELS[field][language]);
  if (config.requiredContactFields.length > 0 && contactColumns.length === 0) {
    missing.push({
      row: 1,
      column: contactLabels.join(', '),
      field: CONTACT_FIELD,
      message: text.noContactColumn(contactLabels),
    });
  }
  const contactHeaders = contactColumns.map((c) => c.header);
  const noContactMessage = text.noContact(contactHeaders);

  for (const record of records) {
    for (const { field, columns, header } of required) {
      if (columns.every((column) => isBlankCell(record.cells[column]))) {
        missing.push({ row: record.row, column: header, field, message: text.empty(header) });
      }
    }
    if (contactColumns.length > 0 && contactColumns.every((c) => isBlankCell(record.cells[c.column]))) {
      missing.push({
        row: record.row,
        column: contactHeaders.join(', '),
        field: CONTACT_FIELD,
        message: noContactMessage,
      });
    }
  }
  return missing;
}
