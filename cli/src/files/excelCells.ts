import type { Cell } from '@crm/shared';
import type { CellValue } from 'exceljs';

/**
 * A cell as the core sees it, from an exceljs value: formulas give their cached result, rich
 * text and hyperlinks their plain text, errors their code (#N/A). Dates stay Dates (exceljs
 * reads them as UTC midnights, so the pipeline reads them with dateObjects 'utc').
 */
export function fromExcelValue(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : fromExcelValue(value.result);
  }
  if ('hyperlink' in value) {
    // exceljs puts rich text objects in `text` when the link text is formatted.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : fromExcelValue(text as CellValue);
  }
  if ('error' in value) return value.error;
  return null;
}
