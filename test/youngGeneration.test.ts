// When the `crm` launcher starts the CLI again with larger young-generation semi-spaces: only for
// inputs of LARGE_INPUT_BYTES or more, and never when the node was given a semi-space size.
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LARGE_INPUT_BYTES,
  LARGE_INPUT_FLAGS,
  youngGenerationFlags,
} from '../cli/src/launch/youngGeneration.ts';

const MB = 1024 * 1024;
const FLAGS = [...LARGE_INPUT_FLAGS];
// Paths as the sizes a run would find for them; anything else is not a file.
const SIZES: Record<string, number> = {
  'customers.csv': 170 * MB,
  'orders.csv': 200 * MB,
  'small.csv': 17 * MB,
  'huge.xlsx': LARGE_INPUT_BYTES,
  'just-under.csv': LARGE_INPUT_BYTES - 1,
};
const sizeOf = (path: string) => SIZES[path] ?? 0;

describe('youngGenerationFlags', () => {
  it.each([
    ['no arguments', [], [], undefined, []],
    ['--version', ['--version'], [], undefined, []],
    ['a small table', ['classify', '--in', 'small.csv', '--no-clv'], [], undefined, []],
    ['one byte short', ['classify', '--in', 'just-under.csv'], [], undefined, []],
    ['a table of exactly the threshold', ['classify', '--in', 'huge.xlsx'], [], undefined, FLAGS],
    [
      'customers and orders that are large together',
      ['classify', '--in', 'customers.csv', '--orders', 'orders.csv', '--out', 'out.csv'],
      [],
      undefined,
      FLAGS,
    ],
    ['a path given as --in=…', ['report', '--in=huge.xlsx'], [], undefined, FLAGS],
    [
      'a small table beside a large one',
      ['classify', '--in', 'small.csv', '--orders=just-under.csv'],
      [],
      undefined,
      FLAGS,
    ],
    [
      'a semi-space size on node’s command line',
      ['classify', '--in', 'huge.xlsx'],
      ['--max-semi-space-size=16'],
      undefined,
      [],
    ],
    [
      'a minimum semi-space size on node’s command line',
      ['classify', '--in', 'huge.xlsx'],
      ['--min-semi-space-size=8'],
      undefined,
      [],
    ],
    [
      'a semi-space size in NODE_OPTIONS',
      ['classify', '--in', 'huge.xlsx'],
      [],
      '--max-old-space-size=4096  --max-semi-space-size=64',
      [],
    ],
    [
      'other node flags',
      ['classify', '--in', 'huge.xlsx'],
      ['--max-old-space-size=4096', '--enable-source-maps'],
      '--trace-warnings',
      FLAGS,
    ],
  ] as const)('%s', (_name, args, execArgv, nodeOptions, expected) => {
    expect(youngGenerationFlags(args, execArgv, nodeOptions, sizeOf)).toEqual(expected);
  });
});

describe('youngGenerationFlags on real paths', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-young-'));
    // Sparse: the size is the file's length, not what the disk holds.
    await writeFile(join(dir, 'big.csv'), '');
    await truncate(join(dir, 'big.csv'), LARGE_INPUT_BYTES);
    await writeFile(join(dir, 'small.csv'), 'id\n1\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('counts the sizes of existing files', () => {
    expect(youngGenerationFlags(['classify', '--in', join(dir, 'big.csv')], [], undefined)).toEqual(FLAGS);
    expect(youngGenerationFlags(['classify', `--in=${join(dir, 'big.csv')}`], [], undefined)).toEqual(FLAGS);
    expect(youngGenerationFlags(['classify', '--in', join(dir, 'small.csv')], [], undefined)).toEqual([]);
  });

  it('counts nothing for folders, missing paths and options', () => {
    const args = ['classify', '--in', dir, '--orders', join(dir, 'missing.csv'), '-', '--lang', 'zh'];
    expect(youngGenerationFlags(args, [], undefined)).toEqual([]);
  });
});
