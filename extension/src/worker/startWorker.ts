import browser, { type Runtime } from 'webextension-polyfill';
import { FEATURES, type WorkerApi } from '../features/index.ts';
import { clipSelectionFromContextMenu } from '../features/selectionClipping.ts';
import { type PanelRequest, PanelRequestSchema } from '../messages/requestSchemas.ts';
import { isFromOwnPage } from '../messages/senderChecks.ts';
import { syncOutbox } from './syncScheduler.ts';
import { replyOfError, type WorkerReply } from './workerReply.ts';

/** Installs every feature and the one validated message router. */
export function startWorker(): void {
  const handlers: Record<string, (request: PanelRequest) => Promise<unknown>> = {};
  for (const feature of FEATURES) {
    feature.install?.();
    Object.assign(handlers, feature.handlers ?? {});
  }
  const own = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
  // The polyfill's contract: a listener answers by returning a promise, or ignores the message
  // by returning undefined (https://github.com/mozilla/webextension-polyfill#using-runtimeonmessage).
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own extension pages may call the worker; page results are handled by page-extraction.
    if (!isFromOwnPage(sender, own)) return undefined;
    const parsed = PanelRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const handler = handlers[parsed.data.type];
    if (!handler) return undefined;
    return handler(parsed.data).then((value): WorkerReply<unknown> => ({ ok: true, value }), replyOfError);
  });
  // Test builds only: named entry points for serviceWorker.evaluate (a context menu cannot be
  // clicked by automation, and a sync is started without waiting for an alarm).
  // Spelled out (not TEST_HOOKS) so the bundler drops the branch from a production build.
  if (process.env.PLASMO_PUBLIC_CRM_TEST_HOOKS === 'true')
    Object.assign(globalThis, { crmClipper: { clipSelectionFromContextMenu, syncOutbox } });
}

export type { WorkerApi };
