// What extractor.js leaves in the tab: one function in the extension's isolated world, which the
// worker calls for every read of that document. Injecting the script again for each read would
// evaluate it anew, and its code would start cold every time; kept, a later read runs code V8
// has already compiled for this page. The function carries the extension version that defined
// it, so that after an update the worker injects the new script instead of calling the old one.

/** The extractor's entry point: reads the page and sends its contacts to the worker under `requestId`. */
export interface ResidentExtractor {
  (requestId: string, region: string): void;
  /** The extension version whose extractor.js defined it (manifest.json's `version`). */
  readonly version: string;
}

declare global {
  var __crmClipperExtract: ResidentExtractor | undefined;
}
