import type { Cell } from '../model/table.ts';

// What people type instead of leaving a cell empty.
const PLACEHOLDERS = new Set(['-', '--', '—', '/', 'n/a', 'na', 'null', 'none', '无', '暂无', '空']);

/** An empty cell: missing, '', only spaces, or a placeholder such as `-`, `N/A` or `无`. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  return text === '' || PLACEHOLDERS.has(text.toLowerCase());
}
