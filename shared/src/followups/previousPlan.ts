import { CHANNEL_LABELS, FOLLOW_UP_KIND_LABELS, PRIORITY_LABELS } from '../i18n/labels.ts';
import type { IsoDate } from '../model/dates.ts';
import {
  CHANNELS,
  type Channel,
  FOLLOW_UP_KINDS,
  type FollowUpKind,
  PRIORITIES,
  type Priority,
} from '../model/keys.ts';
import type { Cell, TableData } from '../model/table.ts';
import { cellToText } from '../parse/cellToText.ts';
import { type DateParseOptions, parseDate } from '../parse/parseDate.ts';
import { normalizeHeader } from '../table/normalizeHeader.ts';
import { type DoneMark, readDoneMark } from './doneMark.ts';
import { FOLLOW_UP_COLUMN_LABELS, FOLLOW_UP_COLUMNS, type FollowUpColumn } from './followUpColumns.ts';

/** A task as the follow-up sheet of the last run holds it, with the user's Done mark. */
export interface PreviousTask {
  id: string;
  /** The due date the last plan gave it (null when the cell is unreadable). */
  due: IsoDate | null;
  done: DoneMark;
  /** The customer row of a one-customer task (from its id), null for a batch. */
  customerRow: number | null;
  kind: FollowUpKind | null;
  priority: Priority | null;
  channel: Channel | null;
  customerId: string;
  customerName: string;
  owner: string;
  reason: string;
  message: string;
}

/** The last plan's tasks by id. */
export type PreviousPlan = ReadonlyMap<string, PreviousTask>;

export const NO_PREVIOUS_PLAN: PreviousPlan = new Map();

/**
 * The tasks of an earlier follow-up sheet (跟进任务 / Follow-ups, headers in either language, columns
 * in any order). Rows without a 任务编号/Task ID are the user's own notes and are skipped; without a
 * Task ID column there is nothing to match, and the plan is empty.
 */
export function readPreviousPlan(table: TableData, options: DateParseOptions = {}): PreviousPlan {
  const columns = columnsOf(table.header);
  const idColumn = columns.taskId;
  const plan = new Map<string, PreviousTask>();
  if (idColumn === undefined) return plan;
  const text = (cells: readonly Cell[], column: FollowUpColumn) => {
    const at = columns[column];
    return at === undefined ? '' : cellToText(cells[at] ?? null).trim();
  };
  for (const cells of table.rows) {
    const id = cellToText(cells[idColumn] ?? null).trim();
    if (id === '' || plan.has(id)) continue;
    const dueCell = columns.due === undefined ? null : (cells[columns.due] ?? null);
    const due = parseDate(dueCell, options);
    plan.set(id, {
      id,
      due: due.ok ? due.value : null,
      done: columns.done === undefined ? { done: false } : readDoneMark(cells[columns.done] ?? null, options),
      customerRow: customerRowOf(id),
      kind: keyOf(FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS, text(cells, 'kind')),
      priority: keyOf(PRIORITIES, PRIORITY_LABELS, text(cells, 'priority')),
      channel: keyOf(CHANNELS, CHANNEL_LABELS, text(cells, 'channel')),
      customerId: text(cells, 'customerId'),
      customerName: text(cells, 'customer'),
      owner: text(cells, 'owner'),
      reason: text(cells, 'reason'),
      message: text(cells, 'message'),
    });
  }
  return plan;
}

/** Where each known column is, by its header in either language. */
function columnsOf(header: readonly string[]): Partial<Record<FollowUpColumn, number>> {
  const byText = new Map<string, FollowUpColumn>();
  for (const column of FOLLOW_UP_COLUMNS) {
    for (const label of Object.values(FOLLOW_UP_COLUMN_LABELS[column]))
      byText.set(normalizeHeader(label), column);
  }
  const columns: Partial<Record<FollowUpColumn, number>> = {};
  header.forEach((text, i) => {
    const column = byText.get(normalizeHeader(text));
    if (column !== undefined && columns[column] === undefined) columns[column] = i;
  });
  return columns;
}

/** Task ids of one customer are `kind:row:key` (see TaskCollector); batches have no row. */
function customerRowOf(id: string): number | null {
  const match = /^[a-z-]+:(\d+):/.exec(id);
  return match ? Number(match[1]) : null;
}

/** The key whose label (in either language) is `text`. */
function keyOf<K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, Readonly<Record<string, string>>>>,
  text: string,
): K | null {
  return keys.find((key) => Object.values(labels[key]).includes(text)) ?? null;
}
