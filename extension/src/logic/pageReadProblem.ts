/**
 * Why a page could not be read, as a key the panel words in the user's language. The browser's
 * own error (English, written for developers) is kept as the detail, never shown as the message.
 */
export const PAGE_READ_PROBLEMS = [
  'browser-page',
  'store-page',
  'file-access',
  'no-permission',
  'error-page',
  'tab-gone',
  'page-changed',
  'policy',
  'timeout',
  'unknown',
] as const;
export type PageReadProblem = (typeof PAGE_READ_PROBLEMS)[number];

/** Schemes of pages that belong to the browser (or another extension), which no extension may read. */
const BROWSER_SCHEMES =
  /^(?:about|chrome|chrome-extension|chrome-untrusted|chrome-search|devtools|edge|brave|opera|vivaldi|view-source|moz-extension|resource|data|blob|javascript):/i;

/**
 * The browser's error texts, first match wins. Chromium's come from its extensions code
 * (extensions/common/manifest_constants.cc, extensions/browser/script_executor.cc and the tabs
 * and scripting APIs), checked against Chromium 156 here; Firefox's from its WebExtensions
 * (ExtensionContent / ext-tabs-base), as add-on authors report them.
 */
const PATTERNS: readonly [RegExp, PageReadProblem | ((match: RegExpMatchArray) => PageReadProblem)][] = [
  // "Cannot access a chrome:// URL", "Cannot access a chrome-extension:// URL of different extension"
  [/^Cannot access a [\w-]+:\/\/ URL/i, 'browser-page'],
  [/extensions gallery cannot be scripted/i, 'store-page'],
  [/cannot be scripted due to an ExtensionsSettings policy/i, 'policy'],
  [/cannot be scripted/i, 'browser-page'],
  [/showing error page/i, 'error-page'],
  // "Cannot access contents of url "file:///…". Extension manifest must request permission …"
  [
    /^Cannot access contents of url "([^"]*)"/i,
    (match) => {
      const url = match[1] ?? '';
      if (/^chrome-error:/i.test(url)) return 'error-page';
      if (/^file:/i.test(url)) return 'file-access';
      if (BROWSER_SCHEMES.test(url)) return 'browser-page';
      return 'no-permission';
    },
  ],
  // Chromium without activeTab or host permission for the page; Firefox says the same of its own
  // pages (about:, the add-on store) and of pages it was not allowed to read.
  [/^Cannot access contents of the page/i, 'no-permission'],
  [/missing host permission/i, 'no-permission'],
  [/^Cannot access "[^"]*" at origin/i, 'no-permission'],
  // Chromium: "No tab with id: 12.", "The tab was closed."; Firefox: "Invalid tab ID: 12".
  [/^No tab with id\b|^The tab was closed|^Invalid tab ID\b/i, 'tab-gone'],
  // The page navigated or its frame went away while the extractor was being injected.
  [/^Frame with ID \d+ was removed|^No frame with id\b|^Frame not found\b/i, 'page-changed'],
];

/** The problem a browser's error message names; 'unknown' for one not listed above. */
export function pageReadProblemOf(message: string): PageReadProblem {
  const text = message.trim();
  for (const [pattern, problem] of PATTERNS) {
    const match = text.match(pattern);
    if (match) return typeof problem === 'function' ? problem(match) : problem;
  }
  return 'unknown';
}

/** A page that could not be read: the problem key for the user, the browser's text for a tooltip. */
export class PageReadError extends Error {
  constructor(
    readonly problem: PageReadProblem,
    readonly detail: string,
  ) {
    super(detail === '' ? problem : detail);
    this.name = 'PageReadError';
  }
}
