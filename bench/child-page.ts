// Server time of a child's page (lib/children/read-child-record.ts called directly) with 50 linked cases,
// against the same statements sent straight to Postgres with pg in the same run. Prints p50/p95, the ratio
// lib ÷ direct SQL and the load average. Issue 18 asks for a ratio of 2 or less.
// Run: npm run bench:child-page -- [--cases=50]
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { startScratchPostgres } from '../lib/database/scratch';
import type { SessionUser } from '../lib/auth/session';
import { disconnectDb, getDb } from '../lib/db';
import { resetEnvForTests } from '../lib/env';
import { migrate } from '../scripts/lib/database';
import { newReference } from '../lib/concerns/codes';
import { numberArg } from './lib/args';
import { percentile } from './lib/fire';

const RUNS = 60;
const WARMUP = 10;
const CASES = numberArg('cases', 50);
const NOTES_PER_CASE = 8;

type Timing = { p50: number; p95: number };

async function time(run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const began = performance.now();
    await run();
    samples.push(performance.now() - began);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

/** A school, its DSL and one child with CASES cases, each with a link entry, notes and a referral. */
async function makeChildFile(): Promise<{ dsl: SessionUser; childId: string }> {
  const { linkCaseToChild, linkCaseToNewChild } = await import('../lib/children/link-case-to-child');
  const db = getDb();
  const p = await db.partnership.create({ data: { slug: 'bench', name: 'Bench Partnership' } });
  const school = await db.school.create({
    data: {
      partnershipId: p.id,
      urn: 999001,
      name: 'Bench School',
      phase: 'PRIMARY',
      localAuthority: 'Bench',
    },
  });
  const staff = await db.staffUser.create({
    data: {
      email: 'dsl@bench.example',
      name: 'Bench DSL',
      memberships: { create: { role: 'DSL', partnershipId: p.id, schoolId: school.id } },
    },
  });
  const partnership = { id: p.id, name: p.name };
  const dsl: SessionUser = {
    id: staff.id,
    sessionId: 'bench',
    name: staff.name,
    email: staff.email,
    memberships: [{ role: 'DSL', partnershipId: p.id, schoolId: school.id }],
    partnership,
    partnerships: [partnership],
    serviceOperator: false,
  };
  let childId = '';
  for (let i = 0; i < CASES; i += 1) {
    const concern = await db.concern.create({
      data: {
        reference: newReference(),
        receiptHash: 'bench',
        partnershipId: p.id,
        schoolId: school.id,
        route: 'SCHOOL',
        happened: 'THIS_WEEK',
        stillHappening: 'NOT_SURE',
        childKnows: 'YES',
        childName: 'Amira',
        childYear: 4,
        description: 'A stranger asked my child for a photo.',
        reporterRelationship: 'PARENT_OR_CARER',
        riskLevel: i % 3 === 0 ? 'HIGH' : 'LOW',
      },
    });
    const target = { reference: concern.reference, version: 0 };
    if (i === 0) {
      childId = (
        await linkCaseToNewChild(dsl, {
          ...target,
          childName: 'Amira',
          yearGroup: 4,
          dateOfBirth: undefined,
          newChildReason: 'Bench',
        })
      ).childId;
    } else await linkCaseToChild(dsl, { ...target, childId, linkReason: 'Same child' });
    await db.concernEvent.createMany({
      data: Array.from({ length: NOTES_PER_CASE }, (_, n) => ({
        concernId: concern.id,
        actorId: staff.id,
        kind: 'NOTE' as const,
        summary: `Note ${n} about the case, as a DSL would write it.`,
      })),
    });
    await db.referral.create({
      data: { concernId: concern.id, destination: 'POLICE', referredOn: new Date(), referredById: staff.id },
    });
  }
  return { dsl, childId };
}

/** The statements readChildRecord sends, by hand: scope, cases with referrals, chronology, school, audit. */
async function directChildPage(pool: pg.Pool, dsl: SessionUser, childId: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const child = await client.query<{ schoolId: string }>(
      `SELECT * FROM "ChildRecord" WHERE "partnershipId" = $1 AND "schoolId" = ANY($2) AND "mergedIntoId" IS NULL AND id = $3 LIMIT 1`,
      [dsl.partnership!.id, dsl.memberships.map((m) => m.schoolId), childId],
    );
    const cases = await client.query<{ id: string }>(
      `SELECT id, reference, status, "riskLevel", "submittedAt", "legalHold" FROM "Concern" WHERE "childRecordId" = $1 ORDER BY "submittedAt"`,
      [childId],
    );
    const ids = cases.rows.map((c) => c.id);
    await client.query(`SELECT * FROM "Referral" WHERE "concernId" = ANY($1) ORDER BY "referredOn"`, [ids]);
    await client.query(
      `SELECT e.*, u.name FROM "ConcernEvent" e LEFT JOIN "StaffUser" u ON u.id = e."actorId" WHERE e."concernId" = ANY($1) ORDER BY e.at, e.id`,
      [ids],
    );
    await client.query(
      `INSERT INTO "AuditEntry" ("actorId", action, subject, "subjectId", "partnershipId") VALUES ($1, 'child.view', 'ChildRecord', $2, $3)`,
      [dsl.id, childId, dsl.partnership!.id],
    );
    await client.query(`SELECT name FROM "School" WHERE id = $1`, [child.rows[0]?.schoolId]);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

async function main(): Promise<void> {
  const database = await startScratchPostgres('bench');
  process.env.DATABASE_URL = database.url;
  resetEnvForTests();
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  pool.on('error', () => {});
  try {
    await migrate(database.url, () => {});
    const { readChildRecord } = await import('../lib/children/read-child-record');
    const { dsl, childId } = await makeChildFile();
    await getDb().$executeRaw`ANALYZE`;
    const file = await readChildRecord(dsl, childId);
    const lib = await time(() => readChildRecord(dsl, childId));
    const sql = await time(() => directChildPage(pool, dsl, childId));
    const f = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
    console.log(
      `\nChild page: ${file!.concerns.length} linked cases, ${file!.chronology.length} chronology entries; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log('query          lib p50   lib p95   SQL p50   SQL p95   ratio p50  ratio p95');
    console.log(
      `child page  ${f(lib.p50)} ${f(lib.p95)} ${f(sql.p50)} ${f(sql.p95)}   ${(lib.p50 / sql.p50).toFixed(2).padStart(6)}x   ${(lib.p95 / sql.p95).toFixed(2).padStart(6)}x`,
    );
  } finally {
    await pool.end();
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
