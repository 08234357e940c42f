import type { TableLocation, WorkbookLocation } from './locateTables.ts';

/**
 * The names of every sheet locateTables found a table on (customers, orders, complaints, the
 * last follow-up sheet …), each once: what an adapter reads whole. A table located later is read
 * without touching the adapters.
 */
export function locatedSheetNames(location: WorkbookLocation): string[] {
  const names: string[] = [];
  // Every table's location, not the sheets passed over unread (ordersPassedOver, a list).
  const found = Object.values(location).filter(
    (where): where is TableLocation => where !== null && where !== undefined && !Array.isArray(where),
  );
  for (const where of found) if (!names.includes(where.sheet)) names.push(where.sheet);
  return names;
}
