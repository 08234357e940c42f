import type { PanelRequest, PanelRequestType } from '../messages/requestSchemas.ts';

export type RequestOf<K extends PanelRequestType> = Extract<PanelRequest, { type: K }>;

/** Request handlers a feature answers, keyed by request type. */
export type HandlerMap = { [T in PanelRequestType]?: (request: RequestOf<T>) => Promise<unknown> };

/**
 * One extension feature (refined-github style): one file, registered in features/index.ts. A
 * feature may install browser listeners in the service worker and answer panel requests.
 */
export interface Feature<H extends HandlerMap = HandlerMap> {
  id: string;
  /** Called once when the service worker starts. */
  install?: () => void;
  handlers?: H;
}

/** Keeps each handler's own return type, so the panel's calls are typed by the worker's surface. */
export function defineFeature<H extends HandlerMap = Record<never, never>>(feature: Feature<H>): Feature<H> {
  return feature;
}
