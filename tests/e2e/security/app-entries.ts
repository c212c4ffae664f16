// Every way into the app, found from the file system so that a new page, route handler or server action
// cannot be added without an entry in the access matrix (expectations.ts): pages (app/**/page.tsx), route
// handlers (app/**/route.ts, with the methods they export) and server actions (the exports of every
// 'use server' file, with the ids the production build gave them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export type EntryKind = 'page' | 'route' | 'action';

export interface AppEntry {
  kind: EntryKind;
  /** How the matrix names it: "page /cases/[reference]", "GET /trends/csv", "action lib/x.ts#doIt". */
  key: string;
  /** The URL pattern (pages and routes) with its dynamic segments, e.g. /cases/[reference]. */
  pattern?: string;
  /** Server actions: the id to send in the Next-Action header, and the page that compiles it in. */
  actionId?: string;
  actionPage?: string;
}

const ROOT = process.cwd();

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'generated' ? [] : walk(path);
    return [path];
  });
}

/** app/(public)/check/concern/page.tsx → /check/concern (route groups leave the URL). */
export function urlPattern(file: string): string {
  const parts = relative(join(ROOT, 'app'), file).split('/').slice(0, -1);
  const url = parts.filter((p) => !(p.startsWith('(') && p.endsWith(')'))).join('/');
  return `/${url}`;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function routeMethods(source: string): string[] {
  return METHODS.filter((m) =>
    new RegExp(`export\\s+(async\\s+function\\s+${m}\\b|const\\s+${m}\\b|\\{[^}]*\\b${m}\\b)`).test(source),
  );
}

function actionExports(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Za-z0-9_]+)/g)];
  return names.map((m) => m[1] as string);
}

interface ManifestAction {
  filename?: string;
  exportedName?: string;
  workers: Record<string, unknown>;
}

/** The production build's server actions by "file#export" (run `next build` first; npm test does). */
export function builtActionIds(): Map<string, { id: string; page: string }> {
  const file = join(ROOT, '.next/server/server-reference-manifest.json');
  if (!existsSync(file)) throw new Error('No production build: run `next build` (npm test does) first.');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, ManifestAction> };
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, action] of Object.entries(manifest.node)) {
    if (!action.filename || !action.exportedName) continue;
    const page = Object.keys(action.workers)[0] ?? '';
    ids.set(`${action.filename}#${action.exportedName}`, { id, page: urlPattern(join(ROOT, page)) });
  }
  return ids;
}

export function appEntries(): AppEntry[] {
  const appFiles = walk(join(ROOT, 'app'));
  const entries: AppEntry[] = [];
  for (const file of appFiles.filter((f) => f.endsWith('/page.tsx')).sort()) {
    const pattern = urlPattern(file);
    entries.push({ kind: 'page', key: `page ${pattern}`, pattern });
  }
  for (const file of appFiles.filter((f) => f.endsWith('/route.ts')).sort()) {
    const pattern = urlPattern(file);
    for (const method of routeMethods(readFileSync(file, 'utf8')))
      entries.push({ kind: 'route', key: `${method} ${pattern}`, pattern });
  }
  const ids = builtActionIds();
  const sources = ['app', 'lib', 'components'].flatMap((d) => walk(join(ROOT, d)));
  for (const file of sources.filter((f) => /\.tsx?$/.test(f)).sort()) {
    const source = readFileSync(file, 'utf8');
    if (!/^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source)) continue;
    const path = relative(ROOT, file);
    for (const name of actionExports(source)) {
      const built = ids.get(`${path}#${name}`);
      entries.push({
        kind: 'action',
        key: `action ${path}#${name}`,
        actionId: built?.id,
        actionPage: built?.page,
      });
    }
  }
  return entries;
}
