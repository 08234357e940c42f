import { FEATURES, type WorkerApi } from '../features/index.ts';
import { clipSelectionFromContextMenu } from '../features/selectionClipping.ts';
import { type PanelRequest, PanelRequestSchema } from '../messages/requestSchemas.ts';
import { isFromOwnPage } from '../messages/senderChecks.ts';
import { syncOutbox } from './syncScheduler.ts';

/** Reply envelope for every panel request. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Installs every feature and the one validated message router. */
export function startWorker(): void {
  const handlers: Record<string, (request: PanelRequest) => Promise<unknown>> = {};
  for (const feature of FEATURES) {
    feature.install?.();
    Object.assign(handlers, feature.handlers ?? {});
  }
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only our own extension pages may call the worker; page results are handled by page-extraction.
    if (!isFromOwnPage(sender, chrome.runtime.id)) return false;
    const parsed = PanelRequestSchema.safeParse(message);
    if (!parsed.success) return false;
    const handler = handlers[parsed.data.type];
    if (!handler) return false;
    handler(parsed.data).then(
      (value) => sendResponse({ ok: true, value } satisfies WorkerReply<unknown>),
      (error: unknown) =>
        sendResponse({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        } satisfies WorkerReply<unknown>),
    );
    return true;
  });
  // Named entry points for tests (serviceWorker.evaluate): a context menu cannot be clicked by automation.
  Object.assign(globalThis, { crmClipper: { clipSelectionFromContextMenu, syncOutbox } });
}

export type { WorkerApi };
