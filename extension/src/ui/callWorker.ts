import browser from 'webextension-polyfill';
import type { WorkerApi } from '../features/index.ts';
import type { PanelRequest } from '../messages/requestSchemas.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import type { WorkerReply } from '../worker/workerReply.ts';

type Method = keyof WorkerApi & PanelRequest['type'];
type Args<K extends Method> = Omit<Extract<PanelRequest, { type: K }>, 'type'>;
type Result<K extends Method> = WorkerApi[K] extends (...a: never[]) => Promise<infer R> ? R : never;

/**
 * Calls a worker handler, typed by the worker's own surface (enuchi's google.script.run
 * pattern). A failure the worker names by problem key is worded here, in the UI language.
 */
export async function callWorker<K extends Method>(type: K, args: Args<K>): Promise<Result<K>> {
  const reply = (await browser.runtime.sendMessage({ type, ...args })) as WorkerReply<Result<K>> | undefined;
  const texts = uiTexts();
  if (!reply) throw new Error(texts.errors.workerSilent);
  if (!reply.ok) throw new Error(reply.problem ? texts.syncProblems[reply.problem] : reply.error);
  return reply.value;
}
