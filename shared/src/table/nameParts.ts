import { CUSTOMER_FIELD_SYNONYMS, type CustomerField } from '../model/fields.ts';
import type { Cell } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { type HeaderMapping, mapHeader, type NameParts } from './mapHeader.ts';
import { normalizeHeader } from './normalizeHeader.ts';

export type { NameParts };

type Part = keyof NameParts;

const PART_SYNONYMS: Record<Part, readonly string[]> = {
  given: ['First Name', 'Given Name', 'Firstname', 'Forename', '名'],
  middle: ['Middle Name', 'Additional Name', 'Middle Names'],
  family: ['Last Name', 'Family Name', 'Surname', 'Lastname', '姓', '姓氏'],
};

const PART_OF = new Map<string, Part>(
  (Object.entries(PART_SYNONYMS) as [Part, readonly string[]][]).flatMap(([part, words]) =>
    words.map((word) => [normalizeHeader(word), part] as const),
  ),
);

/**
 * Where the parts of the name stand, among the columns the mapping left to no field; null when
 * the table has neither a given name nor a family name column. The first column for each part
 * counts. Beside a name column (one a sheet gained later, say, when the extension added a
 * "Name" column to a HubSpot import) the parts give the name of the rows whose name cell is empty.
 */
export function namePartsOf(mapping: HeaderMapping<CustomerField>): NameParts | null {
  const parts: NameParts = {};
  for (const column of mapping.unknown) {
    const part = PART_OF.get(normalizeHeader(String(mapping.header[column] ?? '')));
    if (part !== undefined && parts[part] === undefined) parts[part] = column;
  }
  return parts.given === undefined && parts.family === undefined ? null : parts;
}

/**
 * Customer headers that name their field only where no other column does (see mapHeader): a
 * wholesaler's list keys the shops it supplies by their number (门店编号), where a chain's member
 * list beside it keys its members by theirs (会员编号) and names the branch by its own.
 */
const WEAK_CUSTOMER_HEADERS: ReadonlySet<string> = new Set(
  ['门店编号', '店铺编号', '门店代码', '门店号'].map(normalizeHeader),
);

/**
 * mapHeader for a customer table, with the columns of a name written in parts (see namePartsOf)
 * in `nameParts`.
 */
export function mapCustomerHeader(
  header: string[],
  overrides: Record<string, CustomerField> = {},
): HeaderMapping<CustomerField> {
  const mapping = jobTitleFirst(
    mapHeader(header, CUSTOMER_FIELD_SYNONYMS, overrides, WEAK_CUSTOMER_HEADERS),
    overrides,
  );
  const parts = namePartsOf(mapping);
  if (parts === null) return mapping;
  const taken = new Set(namePartColumns(parts));
  return { ...mapping, unknown: mapping.unknown.filter((c) => !taken.has(c)), nameParts: parts };
}

/**
 * Where a table has both a Title and a Job Title column, as Outlook's contact export does, its
 * Title is the form of address (Mr., Ms., Dr.) and the job is the Job Title: the job title column
 * is then the title. A setting naming a column the title wins.
 */
function jobTitleFirst(
  mapping: HeaderMapping<CustomerField>,
  overrides: Record<string, CustomerField>,
): HeaderMapping<CustomerField> {
  const title = mapping.columns.title;
  if (title === undefined || normalizeHeader(String(mapping.header[title] ?? '')) !== 'title') return mapping;
  if (Object.values(overrides).includes('title')) return mapping;
  const job = mapping.unknown.find((c) => normalizeHeader(String(mapping.header[c] ?? '')) === 'jobtitle');
  if (job === undefined) return mapping;
  const unknown = [...mapping.unknown.filter((c) => c !== job), title].sort((a, b) => a - b);
  return { ...mapping, columns: { ...mapping.columns, title: job }, unknown };
}

/** The columns of the parts, in the sheet's order. */
export function namePartColumns(parts: NameParts | null | undefined): number[] {
  if (!parts) return [];
  return [parts.given, parts.middle, parts.family]
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
}

/**
 * The columns that hold a customer field: its own column, and for the name the columns of a name
 * written in parts as well (what a merge fills, what the review finds empty).
 */
export function customerFieldColumns(mapping: HeaderMapping<CustomerField>, field: CustomerField): number[] {
  const column = mapping.columns[field];
  return [
    ...(column === undefined ? [] : [column]),
    ...(field === 'name' ? namePartColumns(mapping.nameParts) : []),
  ];
}

/** Han, kana and hangul: a name written in them puts the family name first, with no space. */
const EAST_ASIAN =
  /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;

/**
 * The whole name from its parts as a person writes it: 张 + 伟 → 张伟, Emily + Chen → Emily Chen
 * (given, middle, family, spaced). Null when every part is empty.
 */
export function joinNameParts(
  given: string | null,
  middle: string | null,
  family: string | null,
): string | null {
  const present = [given, middle, family].filter((p): p is string => p !== null && p !== '');
  if (present.length === 0) return null;
  if (present.some((p) => EAST_ASIAN.test(p))) return [family, given, middle].filter(Boolean).join('');
  return present.join(' ');
}

/** The whole name of a row whose name is written in parts (see joinNameParts), or ''. */
export function nameFromParts(cells: readonly Cell[], parts: NameParts): string {
  const text = (column: number | undefined): string | null => {
    if (column === undefined) return null;
    const value = cellToText(cells[column] ?? null).trim();
    return value === '' ? null : value;
  };
  return joinNameParts(text(parts.given), text(parts.middle), text(parts.family)) ?? '';
}
