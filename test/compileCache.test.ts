// Where the CLI's code cache lives and what its file is called: in the user's own cache
// directory, never a shared one, and under a name no other bundle, node or rebuilt bundle shares.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileName, compileCacheDir } from '../cli/src/launch/compileCache.ts';

describe('compileCacheDir', () => {
  it.each([
    [
      '$XDG_CACHE_HOME when it is absolute',
      { XDG_CACHE_HOME: '/home/li/.cache-x' },
      '/home/li',
      '/home/li/.cache-x',
    ],
    ['~/.cache without it', {}, '/home/li', '/home/li/.cache'],
    [
      '~/.cache when it is relative (the XDG spec says to ignore it)',
      { XDG_CACHE_HOME: 'cache' },
      '/home/li',
      '/home/li/.cache',
    ],
  ])('%s', (_, env, home, base) => {
    expect(compileCacheDir(env, home)).toBe(join(base, 'crm-toolkit', 'compile-cache'));
  });

  it.each([
    [
      'NODE_DISABLE_COMPILE_CACHE is set',
      { NODE_DISABLE_COMPILE_CACHE: '1', XDG_CACHE_HOME: '/c' },
      '/home/li',
    ],
    ['there is no home and no XDG_CACHE_HOME', {}, ''],
  ])('is null when %s', (_, env, home) => {
    expect(compileCacheDir(env, home)).toBeNull();
  });

  it('is under this user’s home by default', () => {
    expect(compileCacheDir({}, homedir())?.startsWith(homedir())).toBe(true);
  });
});

describe('cacheFileName', () => {
  const bundle = '/usr/lib/node_modules/crm/cli/dist/crm.cjs';
  const source = 'console.log("客户");\n';
  const [install, content] = cacheFileName(bundle, source, [], '')
    .replace(/\.bin$/, '')
    .split('-');

  it('is the install and node, then the content, as hex', () => {
    expect(cacheFileName(bundle, source, [], '')).toMatch(/^[0-9a-f]{16}-[0-9a-f]{16}\.bin$/);
    expect(cacheFileName(bundle, source, [], '')).toBe(cacheFileName(bundle, source, [], ''));
  });

  it('names the same file for the bundle read as bytes (as the launcher reads it) or as text', () => {
    expect(cacheFileName(bundle, Buffer.from(source, 'utf8'), [], '')).toBe(
      cacheFileName(bundle, source, [], ''),
    );
  });

  it('changes its content part for a rebuilt bundle of the same length (V8 checks only the length)', () => {
    const rebuilt = source.replace('客户', '订单');
    expect(rebuilt.length).toBe(source.length);
    const [sameInstall, otherContent] = cacheFileName(bundle, rebuilt, [], '')
      .replace(/\.bin$/, '')
      .split('-');
    expect(sameInstall).toBe(install);
    expect(otherContent).not.toBe(content);
  });

  it.each([
    ['another install of the bundle', '/home/li/crm/cli/dist/crm.cjs', [], ''],
    ['a node given other flags (the relaunch for a large input)', bundle, ['--max-semi-space-size=32'], ''],
    ['other flags in NODE_OPTIONS', bundle, [], '--max-old-space-size=4096'],
  ])('changes its install part for %s', (_, path, flags, nodeOptions) => {
    expect(cacheFileName(path, source, flags, nodeOptions).split('-')[0]).not.toBe(install);
  });

  it('reads NODE_OPTIONS without the spaces around it', () => {
    expect(cacheFileName(bundle, source, [], ' ')).toBe(cacheFileName(bundle, source, [], ''));
  });
});
