import type { TableLocation, WorkbookLocation } from './locateTables.ts';

/**
 * The names of every sheet locateTables found a table on (customers, orders, complaints, the
 * last follow-up sheet …), each once: what an adapter reads whole. A table located later is read
 * without touching the adapters.
 */
export function locatedSheetNames(location: WorkbookLocation): string[] {
  const names: string[] = [];
  const found: (TableLocation | null | undefined)[] = Object.values(location);
  for (const where of found) if (where && !names.includes(where.sheet)) names.push(where.sheet);
  return names;
}
