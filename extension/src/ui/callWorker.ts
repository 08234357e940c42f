import type { WorkerApi } from '../features/index.ts';
import type { PanelRequest } from '../messages/requestSchemas.ts';
import { uiTexts } from '../texts/uiTexts.ts';
import type { WorkerReply } from '../worker/startWorker.ts';

type Method = keyof WorkerApi & PanelRequest['type'];
type Args<K extends Method> = Omit<Extract<PanelRequest, { type: K }>, 'type'>;
type Result<K extends Method> = WorkerApi[K] extends (...a: never[]) => Promise<infer R> ? R : never;

/** Calls a worker handler, typed by the worker's own surface (enuchi's google.script.run pattern). */
export async function callWorker<K extends Method>(type: K, args: Args<K>): Promise<Result<K>> {
  const reply = (await chrome.runtime.sendMessage({ type, ...args })) as WorkerReply<Result<K>> | undefined;
  if (!reply) throw new Error(uiTexts().errors.workerSilent);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
