// The built CLI is ASCII (cli/build.mjs makes it so with scripts/asciiOnly.mjs): the launcher reads
// the bundle at every start, and one non-ASCII character would make Node decode all of it into a
// two-byte string, twice the memory and slower to read and compile. The bundles are built once
// before the e2e files run (test/support/buildOnce.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../cli/dist', import.meta.url));

describe('the built CLI', () => {
  // With the bundle of each command alone (crm-clv.cjs, …).
  const bundles = readdirSync(DIST).filter((name) => /^crm-[a-z]+\.cjs$/.test(name));
  it.each(['crm.cjs', 'launch.cjs', 'ordersWorker.js', ...bundles])('%s is ASCII only', (name) => {
    const text = readFileSync(join(DIST, name), 'utf8');
    const at = text.search(/[^\0-\x7F]/);
    const line = text.slice(0, at).split('\n').length;
    const where = `line ${line}: ${text.slice(text.lastIndexOf('\n', at) + 1, at + 40)}`;
    expect(at, at === -1 ? '' : where).toBe(-1);
  });
});
