/**
 * The builds the extension ships as: a browser target and a flavour. `prod` is what users
 * install; `test` is the same code with the hooks the end-to-end tests need compiled in (a
 * loopback Sheets API double, an injected access token) and the loopback address in its
 * manifest. Nothing of `test` is in a `prod` build.
 */
export const BROWSER_TARGETS = ['chrome', 'firefox'] as const;
export type BrowserTarget = (typeof BROWSER_TARGETS)[number];

export const BUILD_FLAVOURS = ['prod', 'test'] as const;
export type BuildFlavour = (typeof BUILD_FLAVOURS)[number];

/** Plasmo's `--target` per browser (its output folder is `build/<target>-<flavour>`). */
export const PLASMO_TARGETS = {
  chrome: 'chrome-mv3',
  firefox: 'firefox-mv3',
} as const satisfies Record<BrowserTarget, string>;

/** Where a build lands, relative to the extension package. */
export function buildDirOf(target: BrowserTarget, flavour: BuildFlavour): string {
  return `build/${PLASMO_TARGETS[target]}-${flavour}`;
}
