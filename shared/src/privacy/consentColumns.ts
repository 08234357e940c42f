import { CUSTOMER_FIELD_SYNONYMS } from '../model/fields.ts';
import type { Language } from '../model/keys.ts';
import { LEGAL_BASES, type LegalBasis } from '../model/schemas.ts';
import type { Cell } from '../model/table.ts';
import { cellToText, normalizeText } from '../parse/cellToText.ts';
import { mapHeader } from '../table/mapHeader.ts';
import { normalizeHeader } from '../table/normalizeHeader.ts';
import type { CellEdit } from './planErasure.ts';

/**
 * The columns that record why and how a person's data is kept (个人信息保护法 art. 13, 17): the
 * legal basis, the purpose, where the data came from and when the person was told. The extension
 * fills them for each clip; for a table they are filled in bulk (crm person consent, the add-on's
 * action); cells the user wrote are never overwritten.
 */
export const CONSENT_FIELDS = ['legalBasis', 'purpose', 'source', 'informedOn'] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];

export const CONSENT_FIELD_LABELS: Record<ConsentField, Record<Language, string>> = {
  legalBasis: { zh: '合法依据', en: 'Legal basis' },
  purpose: { zh: '处理目的', en: 'Purpose' },
  source: { zh: '来源', en: 'Source' },
  informedOn: { zh: '告知日期', en: 'Informed on' },
};

/** Header synonyms: the labels in both languages first, then what the extension and people write. */
export const CONSENT_FIELD_SYNONYMS: Record<ConsentField, readonly string[]> = {
  legalBasis: [
    ...Object.values(CONSENT_FIELD_LABELS.legalBasis),
    '处理依据',
    '法律依据',
    '个人信息处理依据',
    'Lawful basis',
  ],
  purpose: [...Object.values(CONSENT_FIELD_LABELS.purpose), '使用目的', '收集目的', 'Purpose of processing'],
  source: CUSTOMER_FIELD_SYNONYMS.source,
  informedOn: [...Object.values(CONSENT_FIELD_LABELS.informedOn), '告知时间', 'Notice date', 'Informed'],
};

/** The legal bases as people read them. */
export const LEGAL_BASIS_LABELS: Record<LegalBasis, Record<Language, string>> = {
  'provided-by-person': { zh: '本人提供', en: 'Provided by the person' },
  'public-business-contact': { zh: '公开的工作联系方式', en: 'Public business contact' },
  'existing-customer': { zh: '履行合同（现有客户）', en: 'Existing customer (contract)' },
  consent: { zh: '本人同意', en: 'Consent' },
};

/** Where the consent columns are in a customer header. */
export function mapConsentColumns(header: readonly string[]): Partial<Record<ConsentField, number>> {
  return mapHeader([...header], CONSENT_FIELD_SYNONYMS).columns;
}

/** A legal basis cell: the key (existing-customer) or its label in either language; null if empty or unknown. */
export function parseLegalBasis(cell: Cell): LegalBasis | null {
  const text = normalizeText(cellToText(cell));
  if (text === '') return null;
  const key = normalizeHeader(text);
  for (const basis of LEGAL_BASES) {
    if (normalizeHeader(basis) === key) return basis;
    if (Object.values(LEGAL_BASIS_LABELS[basis]).some((label) => normalizeHeader(label) === key))
      return basis;
  }
  return null;
}

/** What to fill in, for every customer row whose cell is empty. */
export interface ConsentValues {
  legalBasis?: LegalBasis;
  purpose?: string;
  source?: string;
  /** `YYYY-MM-DD`. */
  informedOn?: string;
}

export interface ConsentFill {
  /** Columns added to the right of the header (0-based), with their header text. */
  added: { column: number; field: ConsentField; header: string }[];
  /** Header cells of added columns and the filled cells (sheet rows, 0-based columns). */
  edits: CellEdit[];
  /** Customer rows that got at least one value. */
  rowsFilled: number;
}

/**
 * The cells that record the given legal basis, purpose, source and date for every customer row
 * (`customerRows`: sheet rows of the customers) where that cell is empty. A column the table does
 * not have is added to the right of the header (width = the header's length), in `language`.
 */
export function planConsentFill(
  grid: readonly (readonly Cell[] | undefined)[],
  headerRow: number,
  header: readonly string[],
  customerRows: readonly number[],
  values: ConsentValues,
  language: Language,
): ConsentFill {
  const columns = mapConsentColumns(header);
  let width = header.length;
  while (width > 0 && (header[width - 1] ?? '').trim() === '') width--;
  const added: ConsentFill['added'] = [];
  const edits: CellEdit[] = [];
  const wanted = CONSENT_FIELDS.filter((field) => (values[field] ?? '') !== '');
  for (const field of wanted) {
    if (columns[field] !== undefined) continue;
    const header = CONSENT_FIELD_LABELS[field][language];
    columns[field] = width;
    added.push({ column: width, field, header });
    edits.push({ row: headerRow, column: width, value: header });
    width++;
  }
  const text = (field: ConsentField): string => {
    const value = values[field] ?? '';
    return field === 'legalBasis' && value !== '' ? LEGAL_BASIS_LABELS[value as LegalBasis][language] : value;
  };
  let rowsFilled = 0;
  for (const row of customerRows) {
    let filled = false;
    for (const field of wanted) {
      const column = columns[field] as number;
      if (cellToText(grid[row - 1]?.[column] ?? null).trim() !== '') continue;
      edits.push({ row, column, value: text(field) });
      filled = true;
    }
    if (filled) rowsFilled++;
  }
  return { added, edits, rowsFilled };
}
