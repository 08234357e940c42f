import { bilingualHalves } from './bilingualHalves.ts';
import { normalizeHeader } from './normalizeHeader.ts';

/**
 * The columns of a person's name written in parts, as contact and shop exports write it (Shopify,
 * HubSpot, Salesforce, LinkedIn, Outlook and Google Contacts: First Name / Middle Name / Last
 * Name, or Given Name / Additional Name / Family Name; a Chinese form's 姓 / 名), for a table
 * that has no column for the whole name. Each is a 0-based column, absent when not there.
 */
export interface NameParts {
  given?: number;
  middle?: number;
  family?: number;
}

/** Which column holds which field; columns the toolkit does not know are kept, in order. */
export interface HeaderMapping<F extends string> {
  /** Header texts exactly as written. */
  header: string[];
  /** Field → column index. */
  columns: Partial<Record<F, number>>;
  /** Indexes of columns that map to no field (or to a field an earlier column already took). */
  unknown: number[];
  /**
   * A customer table's name written in parts (mapCustomerHeader): the name of a row whose name
   * column is empty or missing. Those columns are then not among `unknown`.
   */
  nameParts?: NameParts;
}

/**
 * Maps a header row to fields by synonyms, compared after normalizeHeader. `overrides` (header
 * text → field, also compared normalised) win over synonyms wherever the column stands; otherwise
 * the first column for a field wins and later ones stay unknown.
 *
 * A word listed under two fields names whichever of them the other columns leave free, in the
 * order the fields are listed: 客户名称 is the name in a table of people, and the company in an
 * export that also has a 联系人 column.
 *
 * A header written in both languages, as Hong Kong and Singapore tables write them ("Tel 電話",
 * "客戶名稱 Customer Name", "Amount 金額 (HK$)"), names what either half names (bilingualFields);
 * a numbered one (电话一, Phone 2) what its word names (numberedFields).
 *
 * A `weak` header (normalised) names its field only where no other column names it: an orders
 * table's 订单类型 is its status where it has no 订单状态, wherever the two stand.
 */
export function mapHeader<F extends string>(
  header: string[],
  synonyms: Record<F, readonly string[]>,
  overrides: Record<string, F> = {},
  weak: ReadonlySet<string> = NO_WEAK_HEADERS,
): HeaderMapping<F> {
  const bySynonym = synonymIndex(synonyms);
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
  const weakColumns = new Set<number>();
  const candidates = header.map((text, i) => {
    if (taken.has(i)) return [];
    const written = String(text ?? '');
    const key = normalizeHeader(written);
    if (key === '' || byOverride.has(key)) return [];
    if (weak.has(key)) weakColumns.add(i);
    return (
      bySynonym.get(key) ??
      numberedFields(key, bySynonym) ??
      alternativeFields(key, bySynonym) ??
      bilingualFields(written, bySynonym)
    );
  });
  // Words that name one field first, then the words that could name several, then weak ones.
  for (const pass of ['single', 'ambiguous', 'weak'] as const) {
    candidates.forEach((fields, i) => {
      if (fields.length === 0 || weakColumns.has(i) !== (pass === 'weak')) return;
      if (pass !== 'weak' && fields.length > 1 !== (pass === 'ambiguous')) return;
      const field = fields.find((f) => columns[f] === undefined);
      if (field === undefined) return;
      columns[field] = i;
      taken.add(i);
    });
  }
  const unknown = header.flatMap((_, i) => (taken.has(i) ? [] : [i]));
  return { header: [...header], columns, unknown };
}

const NO_WEAK_HEADERS: ReadonlySet<string> = new Set();

/**
 * The fields of a numbered header (电话一, 电话2, Phone 1, Email 2): the word's own, the number
 * dropped; the first such column takes the field, the others stay unknown. Undefined when the
 * key ends in no number or the word names nothing.
 */
function numberedFields<F extends string>(
  key: string,
  bySynonym: Map<string, readonly F[]>,
): readonly F[] | undefined {
  const word = NUMBERED.exec(key)?.[1];
  return word === undefined ? undefined : bySynonym.get(word);
}

/** A normalised header ending in a number of one digit, Arabic or Chinese. */
const NUMBERED = /^(.+?)(?:[1-9]|[一二三])$/;

/**
 * The fields a header written in both languages names (bilingualHalves): those both halves name,
 * else those of the Chinese half and then the Latin half's, as words naming several fields are
 * ("Customer 客戶編號": the id if free).
 */
function bilingualFields<F extends string>(text: string, bySynonym: Map<string, readonly F[]>): readonly F[] {
  const halves = bilingualHalves(text);
  if (halves === null) return [];
  const hanFields = bySynonym.get(normalizeHeader(halves.han)) ?? [];
  const latinFields = bySynonym.get(normalizeHeader(halves.latin)) ?? [];
  const both = hanFields.filter((field) => latinFields.includes(field));
  if (both.length > 0) return both;
  return [...hanFields, ...latinFields.filter((field) => !hanFields.includes(field))];
}

/**
 * The fields of a header naming one column two ways, split by a slash: 有赞's
 * 收货人手机号/提货人手机号 (delivered or collected), 日期/Date. Only the fields every part names;
 * undefined without a slash or where the parts name nothing in common (Buyer/Seller).
 */
function alternativeFields<F extends string>(
  key: string,
  bySynonym: Map<string, readonly F[]>,
): readonly F[] | undefined {
  if (!key.includes('/')) return undefined;
  const parts = key.split('/').filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  let fields = bySynonym.get(parts[0] as string) ?? [];
  for (const part of parts.slice(1)) {
    const named = bySynonym.get(part) ?? [];
    fields = fields.filter((field) => named.includes(field));
  }
  if (fields.length > 0) return fields;
  return parts.length === 2 ? translatedFields(parts as [string, string], bySynonym) : undefined;
}

/**
 * A header in the sheet's own language and in English, split by a slash, as Vietnamese, Korean or
 * Thai sheets write them (Họ tên / Name, Khách / Customer): the fields of its own word first, then
 * the English one's. Both halves in ASCII (Buyer/Seller) are two columns' names, not one's.
 */
function translatedFields<F extends string>(
  parts: readonly [string, string],
  bySynonym: Map<string, readonly F[]>,
): readonly F[] | undefined {
  const local = parts.find((part) => LOCAL_LETTER.test(part));
  const english = parts.find((part) => !LOCAL_LETTER.test(part) && ASCII_WORD.test(part));
  if (local === undefined || english === undefined) return undefined;
  const own = bySynonym.get(local) ?? [];
  const translated = (bySynonym.get(english) ?? []).filter((field) => !own.includes(field));
  const fields = [...own, ...translated];
  return fields.length > 0 ? fields : undefined;
}

/** A letter outside ASCII: a word in Vietnamese (ọ, ê), Korean, Thai, or another script. */
const LOCAL_LETTER = /[^ -~]/;
const ASCII_WORD = /^[a-z][a-z #.&-]*$/;

/** Each synonym list's words, normalised once: a list is a module constant, mapped many times. */
const SYNONYM_INDEXES = new WeakMap<object, Map<string, readonly string[]>>();

/** Normalised word → the fields it names, in the order the fields are listed. */
function synonymIndex<F extends string>(synonyms: Record<F, readonly string[]>): Map<string, readonly F[]> {
  let index = SYNONYM_INDEXES.get(synonyms);
  if (index === undefined) {
    const built = new Map<string, F[]>();
    for (const [field, words] of Object.entries(synonyms) as [F, readonly string[]][]) {
      for (const word of words) {
        const key = normalizeHeader(word);
        const fields = built.get(key);
        if (fields === undefined) built.set(key, [field]);
        else if (!fields.includes(field)) fields.push(field);
      }
    }
    index = built;
    SYNONYM_INDEXES.set(synonyms, index);
  }
  return index as Map<string, readonly F[]>;
}
