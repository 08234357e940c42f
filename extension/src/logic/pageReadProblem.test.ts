import { describe, expect, it } from 'vitest';
import { PAGE_READ_PROBLEMS, type PageReadProblem, pageReadProblemOf } from './pageReadProblem.ts';

// The browsers' own texts, as they reach chrome.scripting.executeScript's rejection. Those marked
// "seen" were produced by Chromium 156 on this machine (extension e2e and a probe of the same
// build); the others are Chromium's constants or Firefox's texts as reported by add-on authors.
const CASES: [string, string, PageReadProblem][] = [
  ['Chromium, chrome://version (seen)', 'Cannot access a chrome:// URL', 'browser-page'],
  [
    'Chromium, another extension (seen)',
    'Cannot access a chrome-extension:// URL of different extension',
    'browser-page',
  ],
  ['Chromium, Web Store', 'The extensions gallery cannot be scripted.', 'store-page'],
  [
    'Chromium, blocked by policy',
    'This page cannot be scripted due to an ExtensionsSettings policy.',
    'policy',
  ],
  [
    'Chromium, a file without "Allow access to file URLs"',
    'Cannot access contents of url "file:///home/li/Downloads/%E5%90%8D%E7%89%87.html". Extension manifest must request permission to access this host.',
    'file-access',
  ],
  [
    'Chromium, about:blank (seen)',
    'Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.',
    'browser-page',
  ],
  [
    'Chromium, a data: URL (seen)',
    'Cannot access contents of url "data:text/html,<p>x</p>". Extension manifest must request permission to access this host.',
    'browser-page',
  ],
  [
    'Chromium, an error page reported by URL',
    'Cannot access contents of url "chrome-error://chromewebdata/". Extension manifest must request permission to access this host.',
    'error-page',
  ],
  [
    'Chromium, a web page outside the grant',
    'Cannot access contents of url "https://www.example.com/team". Extension manifest must request permission to access this host.',
    'no-permission',
  ],
  [
    'Chromium, no activeTab grant (seen)',
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'no-permission',
  ],
  ['Chromium, a page that did not load (seen)', 'Frame with ID 0 is showing error page', 'error-page'],
  ['Chromium, navigated during injection', 'Frame with ID 0 was removed.', 'page-changed'],
  ['Chromium, frame gone (seen)', 'No frame with id 77 in tab with id 1389506033.', 'page-changed'],
  ['Chromium, closed tab (seen)', 'No tab with id: 987654.', 'tab-gone'],
  ['Chromium, tab closed meanwhile', 'The tab was closed.', 'tab-gone'],
  ['Firefox, about: pages and the add-on store', 'Missing host permission for the tab', 'no-permission'],
  ['Firefox, with frames', 'Missing host permission for the tab, and any iframes', 'no-permission'],
  ['Firefox, frame', 'Frame not found, or missing host permission', 'no-permission'],
  ['Firefox, closed tab', 'Invalid tab ID: 12', 'tab-gone'],
  ['anything else', 'Could not load file: extractor.js.', 'unknown'],
  ['an empty message', '', 'unknown'],
];

describe('pageReadProblemOf', () => {
  it.each(CASES)('%s', (_what, message, problem) => {
    expect(pageReadProblemOf(message)).toBe(problem);
  });

  it('names every problem but the timeout (the extension measures that itself) from some browser text', () => {
    const named = new Set(CASES.map(([, , problem]) => problem));
    expect(PAGE_READ_PROBLEMS.filter((p) => !named.has(p))).toEqual(['timeout']);
  });
});
