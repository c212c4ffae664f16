// Server time of a child's page (lib/children/read-child-record.ts called directly) with 50 linked cases,
// against the same reads sent straight to Postgres with pg in the same run (the same page of entries).
// Prints p50/p95, the ratio lib ÷ direct SQL and the load average. Issue 18 asks for a ratio of 2 or less.
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

const RUNS = 100;
const WARMUP = 10;
const CASES = numberArg('cases', 50);
const NOTES_PER_CASE = 8;
/** The page's size, from the library once it is loaded (it needs the environment first). */
let pageSize = 50;

type Timing = { p50: number; p95: number };

/**
 * Times two ways of doing the same work in blocks of RUNS/2, in the order A B B A, so a steady rise or fall
 * in the machine's load (it is shared and busy) falls on both sides alike; each block is warmed first.
 */
async function timePair(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[Timing, Timing]> {
  const samples: [number[], number[]] = [[], []];
  for (const n of [0, 1, 1, 0] as const) {
    const run = n === 0 ? a : b;
    for (let i = 0; i < WARMUP; i += 1) await run();
    for (let i = 0; i < RUNS / 2; i += 1) {
      const began = performance.now();
      await run();
      samples[n].push(performance.now() - began);
    }
  }
  const timing = (s: number[]) => {
    s.sort((x, y) => x - y);
    return { p50: percentile(s, 0.5), p95: percentile(s, 0.95) };
  };
  return [timing(samples[0]), timing(samples[1])];
}

/**
 * A school, its DSL and one child with CASES cases, each with a link entry, notes and a referral; one case
 * in ten was sent to another school, which returned it with a reason.
 */
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
  const otherSchool = await db.school.create({
    data: {
      partnershipId: p.id,
      urn: 999002,
      name: 'Other School',
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
    if (i % 10 === 0)
      await db.fileTransfer.create({
        data: {
          concernId: concern.id,
          status: 'RETURNED',
          fromPartnershipId: p.id,
          fromSchoolId: school.id,
          toPartnershipId: p.id,
          toSchoolId: otherSchool.id,
          childStartsOn: new Date(),
          sentById: staff.id,
          dueAt: new Date(),
          answeredById: staff.id,
          answeredAt: new Date(),
          returnReason: 'Not on our roll.',
        },
      });
  }
  return { dsl, childId };
}

/**
 * What readChildRecord reads, by hand, one statement after another: the record and its school in scope,
 * the cases, the referrals with their case's reference, the file transfers with their schools and people,
 * the chronology with each entry's author and case, and the audit entry. The page reads one page of entries (newest first); the PDF (`whole`) every entry.
 * Nothing is decrypted: what the library's side spends decrypting what it shows is part of the ratio.
 */
async function directChildPage(pool: pg.Pool, dsl: SessionUser, childId: string, whole = false) {
  const child = await pool.query<{ schoolId: string }>(
    `SELECT r.*, s.name AS "schoolName" FROM "ChildRecord" r JOIN "School" s ON s.id = r."schoolId"
     WHERE r."partnershipId" = $1 AND r."schoolId" = ANY($2) AND r."mergedIntoId" IS NULL AND r.id = $3 LIMIT 1`,
    [dsl.partnership!.id, dsl.memberships.map((m) => m.schoolId), childId],
  );
  if (!child.rows[0]) throw new Error('the bench child is out of scope');
  await pool.query(
    `SELECT id, reference, status, "riskLevel", "submittedAt", "legalHold" FROM "Concern" WHERE "childRecordId" = $1 ORDER BY "submittedAt"`,
    [childId],
  );
  await pool.query(
    `SELECT f.*, c.reference FROM "Referral" f JOIN "Concern" c ON c.id = f."concernId"
     WHERE c."childRecordId" = $1 ORDER BY f."referredOn"`,
    [childId],
  );
  await pool.query(
    `SELECT t.*, fs.name, ts.name, sb.name, ab.name FROM "FileTransfer" t JOIN "Concern" c ON c.id = t."concernId"
     JOIN "School" fs ON fs.id = t."fromSchoolId" JOIN "School" ts ON ts.id = t."toSchoolId"
     JOIN "StaffUser" sb ON sb.id = t."sentById" LEFT JOIN "StaffUser" ab ON ab.id = t."answeredById"
     WHERE c."childRecordId" = $1 AND $2 IN (t."fromSchoolId", t."toSchoolId") ORDER BY t."sentAt"`,
    [childId, child.rows[0].schoolId],
  );
  await pool.query(
    `SELECT e.*, u.name, c.reference FROM "ConcernEvent" e JOIN "Concern" c ON c.id = e."concernId"
     LEFT JOIN "StaffUser" u ON u.id = e."actorId" WHERE c."childRecordId" = $1
     ${whole ? 'ORDER BY e.at, e.id' : `ORDER BY e.at DESC, e.id DESC LIMIT ${pageSize + 1}`}`,
    [childId],
  );
  await pool.query(
    `INSERT INTO "AuditEntry" ("actorId", action, subject, "subjectId", "partnershipId") VALUES ($1, $2, 'ChildRecord', $3, $4)`,
    [dsl.id, whole ? 'child.pdf' : 'child.view', childId, dsl.partnership!.id],
  );
}

async function main(): Promise<void> {
  const database = await startScratchPostgres('bench');
  process.env.DATABASE_URL = database.url;
  resetEnvForTests();
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  pool.on('error', () => {});
  try {
    await migrate(database.url, () => {});
    const { readChildRecord, CHRONOLOGY_PAGE_SIZE } = await import('../lib/children/read-child-record');
    pageSize = CHRONOLOGY_PAGE_SIZE;
    const { dsl, childId } = await makeChildFile();
    await getDb().$executeRaw`ANALYZE`;
    const page = await readChildRecord(dsl, childId);
    const whole = await readChildRecord(dsl, childId, { purpose: 'pdf' });
    const [lib, sql] = await timePair(
      () => readChildRecord(dsl, childId),
      () => directChildPage(pool, dsl, childId),
    );
    const [libWhole, sqlWhole] = await timePair(
      () => readChildRecord(dsl, childId, { purpose: 'pdf' }),
      () => directChildPage(pool, dsl, childId, true),
    );
    const f = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
    const row = (name: string, a: Timing, b: Timing) =>
      `${name.padEnd(14)}${f(a.p50)} ${f(a.p95)} ${f(b.p50)} ${f(b.p95)}   ${(a.p50 / b.p50).toFixed(2).padStart(6)}x   ${(a.p95 / b.p95).toFixed(2).padStart(6)}x`;
    console.log(
      `\nChild page: ${page!.concerns.length} linked cases, ${whole!.chronology.length} chronology entries (${page!.chronology.length} on the page); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log('query            lib p50   lib p95   SQL p50   SQL p95   ratio p50  ratio p95');
    console.log(row('child page', lib, sql));
    console.log(row('whole file', libWhole, sqlWhole));
    console.log(
      '(the page is the target, 2x or less; the whole file is what the PDF reads, for information)',
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
