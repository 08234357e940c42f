import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GECKO_ID, loopbackMentions, type Manifest, manifestForBuild } from './manifestForBuild.ts';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  manifest: Manifest;
};

describe('manifest per build', () => {
  it('ships production builds without any loopback address', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      expect(loopbackMentions(manifestForBuild(pkg.manifest, { target, flavour: 'prod' }))).toEqual([]);
    }
  });

  it('lets only the test build reach the loopback double', () => {
    const test = manifestForBuild(pkg.manifest, { target: 'chrome', flavour: 'test' });
    expect(test.host_permissions).toContain('http://127.0.0.1/*');
    expect(test.content_security_policy?.extension_pages).toMatch(
      /connect-src [^;]*http:\/\/127\.0\.0\.1:\*/,
    );
    expect(test.content_security_policy?.extension_pages).toMatch(/^script-src 'self'; object-src 'self'/);
  });

  it('gives Firefox its add-on id and no Chrome-only permission', () => {
    const firefox = manifestForBuild(pkg.manifest, { target: 'firefox', flavour: 'prod' });
    expect(firefox.browser_specific_settings?.gecko?.id).toBe(DEFAULT_GECKO_ID);
    expect(firefox.permissions).not.toContain('sidePanel');
    // Firefox would warn about it at install, and holds storage.local to no fixed quota.
    expect(firefox.permissions).not.toContain('unlimitedStorage');
    expect(firefox.permissions).toEqual(
      expect.arrayContaining(['alarms', 'storage', 'identity', 'scripting']),
    );
    const chrome = manifestForBuild(pkg.manifest, { target: 'chrome', flavour: 'prod' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.permissions).toContain('sidePanel');
    // Without it Chrome refuses storage.local writes past 10 MB (about 10,000 clips).
    expect(chrome.permissions).toContain('unlimitedStorage');
  });
});
