import type { PersonRequestResult } from './serverCall.ts';
import type { Texts } from './texts.ts';

type Place = NonNullable<PersonRequestResult['places']>[number];

/**
 * The places as the panel lists them: one line per sheet row, with the columns that hold the
 * person's data ("客户 · 第 6 行：姓名、手机、邮箱"), in the order the server found them; data held
 * in a cell's formula or note is named as such ("链接（公式中）", "B（备注中）").
 */
export function placeLines(places: readonly Place[], t: Texts): string[] {
  const rows = new Map<string, { sheet: string; row: number; columns: string[] }>();
  for (const place of places) {
    const at = `${place.sheet}\u0000${place.row}`;
    let entry = rows.get(at);
    if (!entry) {
      entry = { sheet: place.sheet, row: place.row, columns: [] };
      rows.set(at, entry);
    }
    const column =
      place.part === 'formula'
        ? t.person.inFormula(place.column)
        : place.part === 'note'
          ? t.person.inNote(place.column)
          : place.column;
    if (!entry.columns.includes(column)) entry.columns.push(column);
  }
  return [...rows.values()].map((r) => t.person.placeLine(r.sheet, r.row, r.columns));
}

/** The dry run's lines: what erasure would do to each sheet. */
export function previewLines(sheets: NonNullable<PersonRequestResult['preview']>, t: Texts): string[] {
  return sheets.map((s) =>
    s.sheetDeleted === true
      ? t.person.previewSheetDeleted(s.sheet)
      : t.person.previewLine(s.sheet, s.rowsDeleted, s.cellsChanged),
  );
}

/** A file name for the JSON copy that names no one: the date only. */
export function exportFileName(today: Date): string {
  const day = today.toISOString().slice(0, 10);
  return `personal-data-${day}.json`;
}
