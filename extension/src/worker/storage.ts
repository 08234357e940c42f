import type { KnownCustomer } from '../logic/knownCustomers.ts';
import { type OutboxEntry, type OutboxEvent, reduceOutbox } from '../logic/outbox.ts';
import { type Clip, ClipSchema } from '../model/clip.ts';
import type { ExtractedContactData } from '../model/extractedContactSchema.ts';
import { type Settings, settingsFrom } from '../model/settings.ts';
import { STORAGE_KEYS } from '../model/storageKeys.ts';

export interface KnownCustomerCache {
  fetchedAt: number;
  spreadsheet: string;
  customers: KnownCustomer[];
}

export interface PendingSelection {
  contact: ExtractedContactData;
  url: string | null;
  at: number;
}

// One writer at a time: read-modify-write of a key must not interleave between handlers.
let queue: Promise<unknown> = Promise.resolve();
export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function read<T>(key: string): Promise<T | undefined> {
  const got = await chrome.storage.local.get(key);
  return got[key] as T | undefined;
}

export async function readClips(): Promise<Clip[]> {
  const raw = (await read<unknown[]>(STORAGE_KEYS.clips)) ?? [];
  return raw.flatMap((c) => {
    const parsed = ClipSchema.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

export function writeClips(clips: Clip[]): Promise<void> {
  return chrome.storage.local.set({ [STORAGE_KEYS.clips]: clips });
}

export async function readOutbox(): Promise<OutboxEntry[]> {
  return (await read<OutboxEntry[]>(STORAGE_KEYS.outbox)) ?? [];
}

/** Applies an outbox event and persists it before resolving (the outbox-first rule). */
export function applyOutbox(event: OutboxEvent): Promise<OutboxEntry[]> {
  return serialized(async () => {
    const next = reduceOutbox(await readOutbox(), event);
    await chrome.storage.local.set({ [STORAGE_KEYS.outbox]: next });
    return next;
  });
}

export async function readSettings(): Promise<Settings> {
  return settingsFrom(await read<unknown>(STORAGE_KEYS.settings));
}

export function readKnownCustomers(): Promise<KnownCustomerCache | undefined> {
  return read<KnownCustomerCache>(STORAGE_KEYS.knownCustomers);
}

export function writeKnownCustomers(cache: KnownCustomerCache): Promise<void> {
  return chrome.storage.local.set({ [STORAGE_KEYS.knownCustomers]: cache });
}

export function writePendingSelection(selection: PendingSelection): Promise<void> {
  return chrome.storage.local.set({ [STORAGE_KEYS.pendingSelection]: selection });
}

export function readDevAccessToken(): Promise<string | undefined> {
  return read<string>(STORAGE_KEYS.devAccessToken);
}
