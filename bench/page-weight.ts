// First-load JavaScript of the public start and question pages (from the production build's
// .next/diagnostics/route-bundle-stats.json), as a ratio to the bare "not found" page of the same build; and,
// given BASE_URL of a running app, each page's weight with JavaScript off (HTML + stylesheets).
// Run after `npm run build`: npx tsx bench/page-weight.ts   (BASE_URL=http://localhost:3000 for weights)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const ROUTES = [
  '/',
  '/report/danger',
  '/report/school',
  '/report/school/results',
  '/report/child',
  '/report/platforms',
  '/report/accounts',
  '/report/already-reported',
  '/report/what-happened',
  '/report/description',
  '/report/about-you',
  '/report/check',
  '/check',
];
const BASELINE = '/_not-found';

type Stat = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };
const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8')) as Stat[];
const byRoute = new Map(stats.map((s) => [s.route, s]));
const gzipped = (s: Stat) => s.firstLoadChunkPaths.reduce((n, p) => n + gzipSync(readFileSync(p)).length, 0);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

const base = byRoute.get(BASELINE);
if (!base) throw new Error(`No ${BASELINE} in the build's route stats: run npm run build first.`);
console.log(
  `First-load JS (uncompressed / gzip), ratio to ${BASELINE} (${kB(base.firstLoadUncompressedJsBytes)}):`,
);
for (const route of ROUTES) {
  const s = byRoute.get(route);
  if (!s) continue;
  const ratio = (s.firstLoadUncompressedJsBytes / base.firstLoadUncompressedJsBytes).toFixed(2);
  console.log(
    `  ${route.padEnd(26)} ${kB(s.firstLoadUncompressedJsBytes).padStart(7)} / ${kB(gzipped(s)).padStart(6)}  ×${ratio}`,
  );
}

const baseUrl = process.env.BASE_URL;
if (baseUrl) {
  console.log('Weight with JavaScript off (HTML + CSS, uncompressed / gzip):');
  for (const route of ROUTES) {
    const html = await (await fetch(new URL(route, baseUrl), { redirect: 'manual' })).text();
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] as string);
    const sheets = await Promise.all(css.map(async (href) => (await fetch(new URL(href, baseUrl))).text()));
    const all = [html, ...sheets].map((t) => Buffer.from(t));
    const raw = all.reduce((n, b) => n + b.length, 0);
    const gz = all.reduce((n, b) => n + gzipSync(b).length, 0);
    console.log(`  ${route.padEnd(26)} ${kB(raw).padStart(7)} / ${kB(gz).padStart(6)}`);
  }
}
