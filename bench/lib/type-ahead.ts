// The parent's school type-ahead, which searches every school on the deployment
// (lib/reporting/search-schools.ts), against two baselines timed in the same rounds, alternating: `SELECT 1`,
// and the same search confined to one partnership's schools (what one partnership on its own machine pays).
// Target (issue 16): the type-ahead's p95 ≤ 50 ms.
import type { Db } from '../../lib/db';
import { searchSchools } from '../../lib/reporting/search-schools';
import { percentile } from './fire';

// What parents type: a saint's name, a place, a town, a postcode's start, two words, and no match at all.
const QUERIES = ['oakf', 'st mary', 'hillside pri', 'town 123', 'ab12 3', 'riverside acad', 'zzqx'];

export async function measureTypeAhead(db: Db, rounds: number, print: (line: string) => void): Promise<void> {
  const one = await db.partnership.findUniqueOrThrow({ where: { slug: 'p1' }, select: { id: true } });
  // The old search, for one partnership: the same conditions and order, with its partnership.
  const searchOne = (query: string) =>
    db.school.findMany({
      where: {
        partnershipId: one.id,
        active: true,
        OR: [
          { name: { contains: query, mode: 'insensitive' } },
          { town: { contains: query, mode: 'insensitive' } },
          { postcode: { startsWith: query, mode: 'insensitive' } },
        ],
      },
      orderBy: { name: 'asc' },
      take: 10,
      select: { id: true, name: true, town: true, postcode: true },
    });
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const all: number[] = [];
  const single: number[] = [];
  const baseline: number[] = [];
  for (let i = -20; i < rounds; i += 1) {
    const query = QUERIES[Math.abs(i) % QUERIES.length] as string;
    const a = await time(() => searchSchools(query, 10));
    const s = await time(() => searchOne(query));
    const b = await time(() => db.$queryRaw`SELECT 1`);
    if (i >= 0) {
      all.push(a);
      single.push(s);
      baseline.push(b);
    }
  }
  // Two letters (the type-ahead's least): too short for a trigram index, so the school table is read.
  const twoLetters: number[] = [];
  for (let i = -5; i < Math.ceil(rounds / 3); i += 1) {
    const t = await time(() => searchSchools(i % 2 ? 'st' : 'oa', 10));
    if (i >= 0) twoLetters.push(t);
  }
  const q = (xs: number[], f: number) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      f,
    );
  const line = (label: string, xs: number[]) =>
    `${label.padEnd(40)} p50 ${q(xs, 0.5).toFixed(2)} ms  p95 ${q(xs, 0.95).toFixed(2)} ms`;
  print(`\nSchool type-ahead: ${rounds} rounds of ${QUERIES.map((x) => `"${x}"`).join(', ')}, alternating`);
  print(line('SELECT 1', baseline));
  print(line('one partnership’s schools (old search)', single));
  print(line('every school on the deployment', all));
  print(line('two letters ("st", "oa"), every school', twoLetters));
  print(
    `ratio of the deployment search to one partnership’s: p50 ${(q(all, 0.5) / q(single, 0.5)).toFixed(2)}  p95 ${(q(all, 0.95) / q(single, 0.95)).toFixed(2)}; to SELECT 1: p95 ${(q(all, 0.95) / q(baseline, 0.95)).toFixed(1)}`,
  );
  print(`target: type-ahead p95 ≤ 50 ms → ${q(all, 0.95) <= 50 ? 'met' : 'NOT met'}`);
}
