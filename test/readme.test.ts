// The README is what a new user copies from: its commands and its configuration example must work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigSchema } from '@crm/shared';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('README', () => {
  it('holds the two commands for a fresh machine, and they are real scripts', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    expect(scripts.start).toContain('crm.js demo');
    expect(scripts.test).toContain('vitest run');
  });

  it('shows a configuration example that the toolkit accepts as written', () => {
    const block = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const parsed = ConfigSchema.safeParse(JSON.parse(block ?? ''));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('documents every crm command', () => {
    for (const command of ['clean', 'classify', 'followups', 'report', 'clv', 'demo', 'extract']) {
      expect(readme).toContain(`crm ${command}`);
    }
  });
});
