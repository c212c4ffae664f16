import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The floors of lib/: folders import downwards only. lib/worker is the top floor (the schedule that calls
// escalation, retention, trends and the outbox), so nothing else in lib/ imports it, and no two folders
// import each other, however many folders the circle passes through.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lib = join(root, 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The lib/ folder a file belongs to; files at the top of lib/ (db.ts, env.ts, log.ts) are the ground. */
function folderOf(path: string): string | null {
  const parts = relative(lib, path).split('/');
  return parts[0] === '..' || parts.length < 2 ? null : (parts[0] ?? null);
}

/** Folder → folder → the first file seen making that import, for messages a reader can act on. */
function folderImports(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  for (const file of sourceFiles(lib)) {
    const from = folderOf(file);
    if (!from) continue;
    for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = spec.startsWith('@/')
        ? join(root, spec.slice(2))
        : spec.startsWith('.')
          ? resolve(dirname(file), spec)
          : null;
      const to = target && folderOf(target);
      if (!to || to === from || to === 'generated') continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, relative(root, file));
      graph.set(from, edges);
    }
  }
  return graph;
}

/** One path of folders from `start` back to `goal`, or null when there is none. */
function pathBetween(graph: Map<string, Map<string, string>>, start: string, goal: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const here = queue.shift()!;
    if (here === goal) {
      const path = [here];
      for (let at = cameFrom.get(here); at; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const next of graph.get(here)?.keys() ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, here);
        queue.push(next);
      }
    }
  }
  return null;
}

describe('the floors of lib/', () => {
  const graph = folderImports();

  it('reads the imports it checks (the worker imports the outbox)', () => {
    expect(graph.get('worker')?.has('outbox')).toBe(true);
  });

  it('has no lib/ folder other than lib/worker importing lib/worker', () => {
    const importers = [...graph]
      .filter(([, edges]) => edges.has('worker'))
      .map(([, edges]) => edges.get('worker'));
    expect(importers).toEqual([]);
  });

  it('has no circle of imports between lib/ folders', () => {
    const circles: string[] = [];
    for (const [from, edges] of graph) {
      for (const [to, file] of edges) {
        const back = pathBetween(graph, to, from);
        if (back) circles.push(`${file}: ${[from, ...back].join(' → ')}`);
      }
    }
    expect(circles).toEqual([]);
  });
});
