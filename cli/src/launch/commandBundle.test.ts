import { describe, expect, it } from 'vitest';
import { commandBundle } from './commandBundle.ts';

const BUNDLE = '/usr/lib/node_modules/crm/cli/dist/crm.cjs';
const built = new Set(
  ['clv', 'classify', 'person'].map((name) => `/usr/lib/node_modules/crm/cli/dist/crm-${name}.cjs`),
);
const exists = (path: string) => built.has(path);

describe('commandBundle', () => {
  it.each([
    ['a command with its options', ['clv', '--orders', 'orders.txt', '--json'], 'crm-clv.cjs'],
    ['a command asked for its help', ['classify', '--help'], 'crm-classify.cjs'],
    ['a command with subcommands', ['person', 'find', '--in', 'a.csv'], 'crm-person.cjs'],
    ['no command', [], 'crm.cjs'],
    ['an option first', ['--lang', 'zh', 'clv'], 'crm.cjs'],
    ['--version', ['--version'], 'crm.cjs'],
    ['help for a command', ['help', 'clv'], 'crm.cjs'],
    ['a misspelt command, for commander to suggest one', ['clvv'], 'crm.cjs'],
    ['a command whose bundle is not there', ['report', '--in', 'a.csv'], 'crm.cjs'],
    ['a name that would be a path', ['../../clv'], 'crm.cjs'],
    ['a name in capitals', ['CLV'], 'crm.cjs'],
  ])('for %s, runs %s', (_case, args, file) => {
    expect(commandBundle(BUNDLE, args, exists)).toBe(`/usr/lib/node_modules/crm/cli/dist/${file}`);
  });
});
