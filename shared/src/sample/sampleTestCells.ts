// Helpers for the sample's tests. They read the generated cells with their own small parsers,
// not the toolkit's: the sample must be checked independently of the code it is meant to exercise.
import { isValidYmd, toDayNumber } from '../model/dates.ts';
import type { Cell, TableData } from '../model/table.ts';

export const TODAY = '2025-06-30';
export const TODAY_DAY = toDayNumber(TODAY);

export const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]/g, '');

export function fieldOf(header: string, synonyms: Record<string, readonly string[]>): string | null {
  for (const [field, names] of Object.entries(synonyms)) {
    if (names.some((name) => normalise(name) === normalise(header))) return field;
  }
  return null;
}

export function column(table: TableData, header: string): Cell[] {
  const index = table.header.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return table.rows.map((row) => row[index] ?? '');
}

export const text = (cell: Cell): string => (cell === null ? '' : String(cell).trim());

/** Day number of an ISO, 2024/3/5, 2024年3月5日 or serial-number date; null otherwise. */
export function dayOf(cell: Cell): number | null {
  if (typeof cell === 'number') return cell - 25_569;
  const match = /^(\d{4})(?:-|\/|年)(\d{1,2})(?:-|\/|月)(\d{1,2})日?$/.exec(text(cell));
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(y, m, d)
    ? toDayNumber(`${match[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    : null;
}

export const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** Name of the company without its legal form: 上海远帆供应链管理有限公司 ~ 上海远帆供应链管理公司. */
export const companyCore = (company: string): string =>
  company
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(
      /(股份有限公司|有限责任公司|集团有限公司|有限公司|公司|集团|总部|coltd|ltd|limited|inc|llc|pteltd|ptyltd|gmbh)+$/u,
      '',
    );

export const rate = (count: number, total: number): number => count / total;
