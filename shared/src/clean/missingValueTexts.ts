import type { Language } from '../model/keys.ts';

/** `a, b and c` style lists: the items, the separator and the word before the last item. */
function listed(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

/** A column name set off from the sentence around it. */
const quoted = (name: string) => `“${name}”`;

const zh = {
  /** A required column the table does not have, by the field's label. */
  noColumn: (label: string) => `表中没有${quoted(label)}列`,
  /** The table has none of the contact columns, by their labels. */
  noContactColumn: (labels: readonly string[]) =>
    `无法联系任何客户：表中没有${listed(labels.map(quoted), '、', '或')}列`,
  /** A required cell left empty, by the column as written. */
  empty: (header: string) => `${quoted(header)}未填写`,
  /** A row whose every contact cell is empty, by the columns as written. */
  noContact: (headers: readonly string[]) =>
    headers.length === 1
      ? `无法联系：${quoted(headers[0] ?? '')}未填写`
      : `无法联系：${listed(headers.map(quoted), '、', '和')}都未填写`,
};

const en: typeof zh = {
  noColumn: (label) => `the table has no ${label} column`,
  noContactColumn: (labels) =>
    `no way to contact anyone: the table has no ${listed(labels, ', ', ' or ')} column`,
  empty: (header) => `${header} is empty`,
  noContact: (headers) =>
    headers.length === 1
      ? `no way to contact: ${headers[0] ?? ''} is empty`
      : `no way to contact: ${listed(headers, ', ', ' and ')} are all empty`,
};

/** What the cleaning review says about missing values, in every language the toolkit speaks. */
export const MISSING_VALUE_TEXTS: Record<Language, typeof zh> = { zh, en };
