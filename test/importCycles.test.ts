// No module of the project may import itself round about: an import cycle makes load order
// matter (a value is undefined when read too early) and ties concepts that should stand apart.
// The graph is built from the source text of every package, type-only imports included.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['shared/src', 'cli/src', 'extension/src', 'sheets-addon/src', 'test', 'bench'];
const SHARED_EXPORTS = JSON.parse(readFileSync(join(ROOT, 'shared', 'package.json'), 'utf8'))
  .exports as Record<string, string>;

/** `import … from '…'`, `export … from '…'` and `import('…')` specifiers of a source file. */
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'build' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The project file an import specifier names, or null for a package outside the project. */
function resolveImport(from: string, specifier: string): string | null {
  if (specifier === '@crm/shared' || specifier.startsWith('@crm/shared/')) {
    const key = specifier === '@crm/shared' ? '.' : `./${specifier.slice('@crm/shared/'.length)}`;
    const target = SHARED_EXPORTS[key];
    return target ? resolve(ROOT, 'shared', target) : null;
  }
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const pkg of PACKAGES) {
    for (const file of sourceFiles(join(ROOT, pkg))) {
      const text = readFileSync(file, 'utf8');
      const targets: string[] = [];
      for (const match of text.matchAll(SPECIFIER)) {
        const target = resolveImport(file, match[1] ?? match[2] ?? '');
        if (target) targets.push(target);
      }
      graph.set(file, targets);
    }
  }
  return graph;
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  const graph = importGraph();

  it('is read from every package', () => {
    for (const pkg of PACKAGES) {
      expect([...graph.keys()].some((file) => relative(ROOT, file).startsWith(pkg))).toBe(true);
    }
    // The index gathers every folder of the core: a sanity check that resolution works.
    expect(graph.get(join(ROOT, 'shared/src/index.ts'))?.length).toBeGreaterThan(10);
  });

  it('has no cycles', () => {
    const named = cycles(graph).map((component) => component.map((file) => relative(ROOT, file)).sort());
    expect(named).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const a = join(ROOT, 'a.ts');
    const b = join(ROOT, 'b.ts');
    const c = join(ROOT, 'c.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ).map((component) => component.sort()),
    ).toEqual([[a, b, c].sort()]);
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });
});
