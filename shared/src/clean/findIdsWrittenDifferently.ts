import type { Language } from '../model/keys.ts';
import type { CustomerRecord } from '../model/records.ts';
import type { CleaningReview } from '../model/results.ts';
import { widthFoldedId } from '../table/foldCustomerId.ts';
import type { IdAt } from '../table/readerProblem.ts';
import { readerProblemText } from '../table/readerTexts.ts';

/**
 * Customer ids of the table that are one id written differently: Ｃ００１ or C001 with a
 * zero-width space beside C001 (the same id, typed or pasted otherwise: orders that write it
 * either way count for different rows), and c001 beside C001 (two customers by the ids' case, so
 * that an order writing Ｃ００１ can belong to neither). Each later row is listed once, against
 * the first row that writes the id otherwise; the same text on two rows is not listed here.
 */
export function findIdsWrittenDifferently(
  records: readonly CustomerRecord[],
  column: string,
  language: Language,
): CleaningReview['invalid'] {
  const byWidth = new Map<string, IdAt>();
  const byFold = new Map<string, IdAt>();
  const found: CleaningReview['invalid'] = [];
  for (const record of records) {
    const id = record.id?.trim();
    if (!id) continue;
    const width = widthFoldedId(id);
    const fold = width.toUpperCase();
    const sameId = byWidth.get(width);
    const sameFold = byFold.get(fold);
    if (sameId === undefined) byWidth.set(width, { row: record.row, id });
    if (sameFold === undefined) byFold.set(fold, { row: record.row, id });
    const other = sameId ?? sameFold;
    if (other === undefined || other.id === id) continue;
    const code = sameId !== undefined ? 'id-written-differently' : 'id-differs-in-case';
    found.push({
      row: record.row,
      column,
      value: id,
      message: readerProblemText({ code, id, other }, language),
    });
  }
  return found;
}
