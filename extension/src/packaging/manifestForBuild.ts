import type { BrowserTarget, BuildFlavour } from './buildFlavours.ts';

/** The parts of manifest.json the build adjusts; everything else passes through unchanged. */
export interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
  [key: string]: unknown;
}

/** Loopback origins a test build may reach (the local Sheets API double). */
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
const LOOPBACK_SOURCES = ['http://127.0.0.1:*', 'http://localhost:*'];

/**
 * Firefox's add-on id (browser_specific_settings.gecko.id): MV3 add-ons need one for storage,
 * identity and signing. https://extensionworkshop.com/documentation/develop/extensions-and-the-add-on-id/
 */
export const DEFAULT_GECKO_ID = 'crm-contact-clipper@crm-toolkit.org';

/**
 * Firefox 140 (an ESR) is the first to read `data_collection_permissions`; it has everything else
 * the extension calls in MV3 too (scripting, storage.session, sidebarAction, alarms). Firefox for
 * Android reads that key from 142.
 */
const GECKO_MIN_VERSION = '140.0';
const GECKO_ANDROID_MIN_VERSION = '142.0';

export interface ManifestOptions {
  target: BrowserTarget;
  flavour: BuildFlavour;
  geckoId?: string;
}

function withConnectSources(csp: string, sources: readonly string[]): string {
  return csp
    .split(';')
    .map((part) => {
      const directive = part.trim();
      return directive.startsWith('connect-src ') ? `${directive} ${sources.join(' ')}` : directive;
    })
    .join('; ');
}

/**
 * Permissions only Chrome's build asks for:
 * - `sidePanel`: Firefox opens the panel as `sidebar_action`, which needs none
 *   (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/sidebar_action).
 * - `unlimitedStorage`: Chrome holds storage.local to 10 MB without it, about 10,000 clips, and
 *   shows no install warning for it. Firefox has no such fixed quota (storage.local lives in
 *   IndexedDB under the browser's disk-based limits) and would ask the user to allow it ("Store
 *   unlimited amount of client-side data"), so its build goes without.
 *   https://developer.chrome.com/docs/extensions/reference/api/storage#property-local-QUOTA_BYTES
 *   https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/local
 */
const CHROME_ONLY_PERMISSIONS: readonly string[] = ['sidePanel', 'unlimitedStorage'];

/**
 * The manifest a build ships: Plasmo's output, plus for a test build the loopback double's
 * address (host permission and connect-src), and for Firefox its add-on id and minimum version
 * without the permissions only Chrome needs (CHROME_ONLY_PERMISSIONS).
 */
export function manifestForBuild(manifest: Manifest, options: ManifestOptions): Manifest {
  const out: Manifest = structuredClone(manifest);
  if (options.flavour === 'test') {
    out.host_permissions = [...new Set([...(out.host_permissions ?? []), ...LOOPBACK_HOSTS])];
    const csp = out.content_security_policy?.extension_pages;
    if (csp) out.content_security_policy = { extension_pages: withConnectSources(csp, LOOPBACK_SOURCES) };
  }
  if (options.target === 'firefox') {
    out.permissions = (out.permissions ?? []).filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
    out.browser_specific_settings = {
      gecko: {
        id: options.geckoId ?? DEFAULT_GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // What leaves the browser, declared as Firefox asks: the contacts the user saves (names,
        // emails, phones, read from web pages) go to the user's own Google Sheet.
        // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    };
  }
  return out;
}

/** Every loopback address a manifest names (host permissions, optional ones, CSP); none in prod. */
export function loopbackMentions(manifest: Manifest): string[] {
  const texts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    manifest.content_security_policy?.extension_pages ?? '',
  ];
  return texts.flatMap((t) => t.match(/https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[^\s;]*/g) ?? []);
}
