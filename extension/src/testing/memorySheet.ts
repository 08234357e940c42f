import type { SheetsClient } from '../sheets/sheetsClient.ts';

/** Column letters → 0-based index (A → 0, AA → 26). */
const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The cell rectangle an A1 range names (`'S'!1:1`, `'S'!H2:H`, `'S'!H5`, `'S'!A5:U5`, `'S'!5:5`); ends exclusive. */
function rectangle(range: string) {
  const a1 = range.slice(range.lastIndexOf('!') + 1);
  const [from = '', to = from] = a1.split(':');
  const part = (ref: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(ref);
    return { column: m?.[1] ? columnIndex(m[1]) : null, row: m?.[2] ? Number(m[2]) - 1 : null };
  };
  const start = part(from);
  const end = part(to);
  return {
    top: start.row ?? 0,
    bottom: end.row === null ? Number.POSITIVE_INFINITY : end.row + 1,
    left: start.column ?? 0,
    right: end.column === null ? Number.POSITIVE_INFINITY : end.column + 1,
  };
}

/**
 * An in-memory sheet behind the SheetsClient port for unit tests: a grid of strings with the
 * value semantics pushClips relies on (reads drop trailing empty rows, appends go below the
 * last used row, writes and clears touch only their cells). `resendNextAppend` makes the next
 * append land twice, as a POST resent by the browser after a connection reset does.
 */
export function memorySheet(initial: string[][] = [], columnCount = 26) {
  const rows: string[][] = initial.map((r) => [...r]);
  const calls: string[] = [];
  /** The range of each append: where values.append starts looking for the table. */
  const appendRanges: string[] = [];
  let resends = 0;
  let columns = columnCount;
  const lastUsed = () => {
    let last = rows.length;
    while (last > 0 && (rows[last - 1] ?? []).every((c) => c === '')) last--;
    return last;
  };
  const client: SheetsClient = {
    async getValues(range) {
      calls.push(`get ${range}`);
      const r = rectangle(range);
      const out = rows
        .slice(r.top, Math.min(r.bottom, lastUsed()))
        .map((row) => row.slice(r.left, Math.min(r.right, row.length)));
      while (out.length > 0 && (out[out.length - 1] ?? []).every((c) => c === '')) out.pop();
      return out;
    },
    async batchUpdateValues(data) {
      calls.push(`update ${data.length}`);
      for (const d of data) {
        const r = rectangle(d.range);
        d.values.forEach((values, i) => {
          const row = rows[r.top + i] ?? [];
          while (rows.length <= r.top + i) rows.push([]);
          values.forEach((v, j) => {
            if (r.left + j >= columns) throw new Error(`column ${r.left + j} exceeds grid limits`);
            row[r.left + j] = v;
          });
          rows[r.top + i] = Array.from(row, (c) => c ?? '');
        });
      }
    },
    async appendValues(range, values) {
      calls.push('append');
      appendRanges.push(range);
      const copies = resends > 0 ? 2 : 1;
      resends = Math.max(0, resends - 1);
      for (let i = 0; i < copies; i++) {
        const at = lastUsed();
        rows.splice(at, 0, ...values.map((v) => [...v]));
      }
    },
    async clearValues(range) {
      calls.push(`clear ${range}`);
      const r = rectangle(range);
      for (let i = r.top; i < Math.min(r.bottom, rows.length); i++) {
        const row = rows[i] ?? [];
        for (let j = r.left; j < Math.min(r.right, row.length); j++) row[j] = '';
      }
    },
    async getSheetProperties() {
      calls.push('properties');
      return { sheetId: 7, columnCount: columns };
    },
    async appendColumns(_sheetId, count) {
      calls.push(`appendColumns ${count}`);
      columns += count;
    },
  };
  return {
    client,
    rows,
    calls,
    appendRanges,
    resendNextAppend: () => {
      resends++;
    },
  };
}
