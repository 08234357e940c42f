// PRIVACY.md tells users what the toolkit stores and which permissions it asks for: these checks
// keep its lists equal to the code's, so a new storage key, sheet, permission or scope cannot
// arrive without the page saying so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigSchema, LANGUAGES, SHEET_NAMES } from '@crm/shared';
import { describe, expect, it } from 'vitest';
import { SESSION_KEYS, STORAGE_KEYS } from '../extension/src/model/storageKeys.ts';

const root = join(import.meta.dirname, '..');
const privacy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

/** The level-2 section of PRIVACY.md whose heading starts with `heading`. */
function section(heading: string): string {
  const start = privacy.indexOf(`\n## ${heading}`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = privacy.indexOf('\n## ', start + 1);
  return privacy.slice(start, end === -1 ? undefined : end);
}

describe('PRIVACY.md', () => {
  it('names every key the extension keeps, in the storage area it is kept in', () => {
    const stored = section('What is stored where');
    const table = stored.slice(stored.indexOf('| Area |'), stored.indexOf('`storage.sync` is not used'));
    const rows = table.split('\n').filter((line) => line.startsWith('|'));
    const keysOf = (area: string) => {
      const first = rows.findIndex((line) => line.includes(`\`${area}\``));
      const keys: string[] = [];
      for (const line of rows.slice(first)) {
        if (line !== rows[first] && !line.startsWith('| |')) break;
        const key = /^\|[^|]*\| `([A-Za-z]+)` \|/.exec(line)?.[1];
        if (key) keys.push(key);
      }
      return keys.sort();
    };
    expect(keysOf('storage.local')).toEqual(Object.values(STORAGE_KEYS).sort());
    expect(keysOf('storage.session')).toEqual(Object.values(SESSION_KEYS).sort());
  });

  it('names every sheet the toolkit writes, in both languages', () => {
    const stored = section('What is stored where');
    for (const role of ['followUps', 'dataQuality', 'report', 'backup', 'personalDataLog'] as const)
      for (const language of LANGUAGES) expect(stored, role).toContain(SHEET_NAMES[role][language]);
  });

  it('lists exactly the extension’s permissions and host permissions, and the add-on’s scopes', () => {
    const manifest = readJson<{ manifest: { permissions: string[]; host_permissions: string[] } }>(
      'extension/package.json',
    ).manifest;
    const permissions = section('Permissions and scopes');
    const named = [...permissions.matchAll(/^\| `([a-zA-Z]+)`(?:, `([a-zA-Z]+)`)? \|/gm)].flatMap((m) =>
      [m[1], m[2]].filter((p): p is string => p !== undefined),
    );
    expect(named.sort()).toEqual([...manifest.permissions].sort());
    for (const host of manifest.host_permissions) expect(permissions).toContain(`host \`${host}\``);
    const scopes = readJson<{ oauthScopes: string[] }>('sheets-addon/appsscript.json').oauthScopes;
    const addon = permissions.slice(permissions.indexOf('Add-on (`sheets-addon/appsscript.json`)'));
    const listed = [...addon.slice(0, addon.indexOf('CLI:')).matchAll(/`([a-z._]+)`\s+\(/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      scopes.map((s) => s.replace('https://www.googleapis.com/auth/', '')).sort(),
    );
  });

  it('shows privacy settings the toolkit accepts as written', () => {
    const block = /## Retention and minimisation[\s\S]*?```json\n([\s\S]*?)```/.exec(privacy)?.[1];
    const parsed = ConfigSchema.safeParse(JSON.parse(block ?? ''));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.privacy).toMatchObject({ retentionMonths: 36, showContactDetails: false });
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('[PRIVACY.md](PRIVACY.md)');
  });
});
