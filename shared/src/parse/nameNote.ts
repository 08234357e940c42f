/** A note in brackets at the end of a name cell: 张伟（老客户）, Jane Doe (new lead), 李娜【重要】. */
const TRAILING_NOTE = /\s*[(（【[]([^()（）【】[\]]*)[)）】\]]\s*$/;

/**
 * A name cell as its name and the note people keep in brackets after it (张总（老客户） is 张总,
 * with the note 老客户); a cell that is all brackets, or has none at its end, is all name. Most
 * names do not end in a bracket, and those are settled on their last character.
 */
export function splitNameNote(cell: string): { name: string; note: string | null } {
  const trimmed = cell.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last !== 0x29 && last !== 0xff09 && last !== 0x3011 && last !== 0x5d) return { name: cell, note: null };
  const note = TRAILING_NOTE.exec(trimmed);
  if (note === null || note.index === 0) return { name: cell, note: null };
  return { name: trimmed.slice(0, note.index), note: note[1] ?? '' };
}
