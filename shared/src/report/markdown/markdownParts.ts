import type { TextTable } from '../reportTables.ts';
/** Text safe in a Markdown table cell: Markdown and HTML punctuation backslash-escaped, one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]|<>#~&]/g, '\\$&');
}

/** A GitHub-flavoured Markdown table; `numeric` columns are right-aligned. Cells are escaped. */
export function markdownTable(head: string[], rows: string[][], numeric: number[] = []): string {
  const right = new Set(numeric);
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const rule = `| ${head.map((_, i) => (right.has(i) ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/** A report table (see reportTables.ts) as a Markdown table, its totals as the last row. */
export function textTableMd(table: TextTable): string {
  return markdownTable(table.header, table.total ? [...table.rows, table.total] : table.rows, table.numeric);
}
