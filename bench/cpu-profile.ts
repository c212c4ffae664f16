// Where a profiled app spent its CPU: reads the V8 CPU profiles a run wrote (`npm run bench:load --
// --cpu-prof=DIR`) and sums each function's own time by where its code comes from, largest first.
//   npx tsx bench/cpu-profile.ts DIR [top=25]
// Idle time is left out; percentages are of the CPU the process used.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// First match wins: what the code is, by the file it came from (the built app bundles some packages into
// .next/server chunks, whose functions keep their names).
const KINDS: [string, RegExp][] = [
  ['Prisma: query compiler (wasm)', /query_compiler|wasm:\/\//],
  ['Prisma: client runtime', /@prisma\/client|lib\/generated\/prisma|client-runtime-utils/],
  [
    'Postgres driver (pg, adapter-pg)',
    /node_modules\/(pg|pg-protocol|pg-types|@prisma\/adapter-pg|@prisma\/driver-adapter-utils)\//,
  ],
  ['React rendering', /react-dom|react-server-dom|react\.production|react-jsx/],
  ['Next.js', /node_modules\/next\/|next-server|app-page\.runtime/],
  ['zod (validation)', /zod/],
  ['Node.js (http, streams, crypto, timers)', /^node:|^internal\//],
  ['our code in the built app (.next/server)', /\.next\/server/],
  ['tsx loader (start-up)', /node_modules\/(tsx|esbuild|get-tsconfig)\//],
  ['other packages', /node_modules\//],
];

function kindOf(frame: ProfileNode['callFrame']): string {
  if (frame.url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  return (
    KINDS.find(([, pattern]) => pattern.test(frame.url))?.[0] ??
    `other: ${frame.url.split('/').slice(-2).join('/')}`
  );
}

const dir = process.argv[2] as string;
const top = Number(process.argv[3] ?? 25);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const kinds = new Map<string, number>();
  const functions = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const kind = kindOf(frame);
    if (kind === '(idle)') return;
    kinds.set(kind, (kinds.get(kind) ?? 0) + ms);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  });
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  if (total < 1000) continue; // a launcher process that only waited
  console.log(`\n${file}: ${(total / 1000).toFixed(1)} s of CPU`);
  const table = (rows: Map<string, number>, n: number) =>
    [...rows.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .forEach(([name, ms]) =>
        console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${((100 * ms) / total).toFixed(1)}% |`),
      );
  console.log('| where | self time | share |\n|---|---|---|');
  table(kinds, 20);
  console.log(`\n| top functions | self time | share |\n|---|---|---|`);
  table(functions, top);
}
