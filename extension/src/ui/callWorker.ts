import browser from 'webextension-polyfill';
import type { WorkerApi } from '../features/index.ts';
import type { PanelRequest } from '../messages/requestSchemas.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import type { WorkerReply } from '../worker/workerReply.ts';

type Method = keyof WorkerApi & PanelRequest['type'];
type Args<K extends Method> = Omit<Extract<PanelRequest, { type: K }>, 'type'>;
type Result<K extends Method> = WorkerApi[K] extends (...a: never[]) => Promise<infer R> ? R : never;

/**
 * A worker request that failed: the message is in the UI language; the browser's or library's
 * own text, when there was one, is the detail (for a tooltip, never the message).
 */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'WorkerError';
  }
}

/** What to tell the user of a failure: a worker's worded message, else a general one. */
export const messageOf = (error: unknown): string =>
  error instanceof WorkerError ? error.message : uiTexts().errors.unknown;

/** The raw text behind a failure, for a tooltip (see WorkerError). */
export const detailOf = (error: unknown): string | undefined =>
  error instanceof WorkerError ? error.detail : error instanceof Error ? error.message : String(error);

/**
 * Calls a worker handler, typed by the worker's own surface (enuchi's google.script.run
 * pattern). A failure is named by problem key and worded here, in the UI language.
 */
export async function callWorker<K extends Method>(type: K, args: Args<K>): Promise<Result<K>> {
  const texts = uiTexts();
  let reply: WorkerReply<Result<K>> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, ...args })) as WorkerReply<Result<K>> | undefined;
  } catch (error) {
    // "Could not establish connection. Receiving end does not exist." and the like.
    throw new WorkerError(texts.errors.workerSilent, error instanceof Error ? error.message : String(error));
  }
  if (!reply) throw new WorkerError(texts.errors.workerSilent);
  if (reply.ok) return reply.value;
  const message = reply.storageFull
    ? texts.errors.storageFull(reply.storageFull.clips)
    : reply.pageProblem
      ? texts.errors.pageProblems[reply.pageProblem]
      : reply.problem
        ? texts.syncProblems[reply.problem]
        : texts.errors.unknown;
  throw new WorkerError(message, reply.detail);
}
