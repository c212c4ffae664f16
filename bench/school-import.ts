// npm run bench:school-import — time to import a 25,000-school GIAS CSV (parse, keep, preview, apply in
// one transaction with its audit entry), as a ratio of a plain one-statement INSERT of the same rows into
// the same table, measured in the same run on a throwaway database.
import { performance } from 'node:perf_hooks';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';

const SCHOOLS = 25_000;
const HEADER =
  'URN,LA (name),EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),Town,Postcode';
const PHASES = ['Primary', 'Secondary', 'Nursery', 'All-through', '16 plus', 'Middle deemed primary'];

function giasCsv(firstUrn: number): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < SCHOOLS; i += 1) {
    lines.push(
      `${firstUrn + i},Northshire,"St Example's School ${i}",Community school,${PHASES[i % PHASES.length]},Town ${i % 300},NS${i % 9} ${i % 10}AB`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function main() {
  const pg = await startScratchPostgres('bench');
  process.env.DATABASE_URL = pg.url;
  try {
    await applyPendingMigrations(pg.url);
    const { getDb, disconnectDb } = await import('../lib/db');
    const { parseGiasCsv } = await import('../lib/schools/parse-gias-csv');
    const { storeSchoolImport, previewSchoolImport, applySchoolImport } =
      await import('../lib/schools/school-import');
    const db = getDb();
    const partnership = await db.partnership.create({ data: { slug: 'bench', name: 'Bench' } });
    const actor = await db.staffUser.create({ data: { email: 'bench@example.org', name: 'Bench' } });

    // Baseline: the same number of rows, already in arrays, in one INSERT … SELECT unnest().
    const baseline = async (firstUrn: number) => {
      const urns = Array.from({ length: SCHOOLS }, (_, i) => firstUrn + i);
      const names = urns.map((u) => `School ${u}`);
      return (
        await time(
          () =>
            db.$executeRaw`INSERT INTO "School" (id, "partnershipId", urn, name, phase, "localAuthority", "updatedAt")
            SELECT gen_random_uuid(), ${partnership.id}::uuid, u, n, 'PRIMARY', 'Northshire', now()
            FROM unnest(${urns}::int[], ${names}::text[]) AS t(u, n)`,
        )
      )[1];
    };
    await baseline(100_000); // warm-up
    const baselineMs = await baseline(200_000);

    const bytes = giasCsv(300_000);
    const run = async () => {
      const [parsed, parseMs] = await time(async () => parseGiasCsv(bytes));
      if (!parsed.ok) throw new Error(parsed.message);
      const [id, storeMs] = await time(() => storeSchoolImport(actor.id, partnership.id, 'gias.csv', parsed));
      const [, previewMs] = await time(() => previewSchoolImport(partnership.id, id));
      const [, applyMs] = await time(() => applySchoolImport(actor.id, partnership.id, id, false));
      return { parseMs, storeMs, previewMs, applyMs, totalMs: parseMs + storeMs + previewMs + applyMs };
    };
    const first = await run();
    const again = await run(); // a re-import of the same file: everything unchanged
    const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `Schools in the file: ${SCHOOLS.toLocaleString('en-GB')} (${(bytes.length / 1e6).toFixed(1)} MB)`,
    );
    console.log(`Baseline, one INSERT of the same rows: ${fmt(baselineMs)}`);
    for (const [label, r] of [
      ['First import', first],
      ['Re-import, nothing changed', again],
    ] as const) {
      console.log(
        `${label}: ${fmt(r.totalMs)} (parse ${fmt(r.parseMs)}, keep ${fmt(r.storeMs)}, preview ${fmt(r.previewMs)}, apply ${fmt(r.applyMs)}) = ${(r.totalMs / baselineMs).toFixed(1)}× baseline`,
      );
    }
    await disconnectDb();
  } finally {
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
