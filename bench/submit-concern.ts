// p95 server time of sending a report (lib/reporting/submit-concern.ts, what the Send button runs) against
// a baseline measured in the same run: the same INSERTs and the same argon2id hash done directly, with
// none of the journey's reads, checks, rate limits or sealing. Prints the ratio.
// Run: npx tsx --conditions=react-server bench/submit-concern.ts [rounds]
import { newReceiptCode, newReference } from '../lib/concerns/codes';
import { hashReceipt } from '../lib/concerns/receipt-hash';
import { startScratchPostgres } from '../lib/database/scratch';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { disconnectDb, getDb } from '../lib/db';
import { seedDemo } from '../lib/demo/seed-demo';
import { closeRateLimits } from '../lib/rate-limit/rate-limit';
import type { Answers } from '../lib/reporting/answers';
import { draftKey, startDraft } from '../lib/reporting/report-draft';
import { submitConcern } from '../lib/reporting/submit-concern';

const rounds = Number(process.argv[2] ?? 100);
const db = await startScratchPostgres('bench');
process.env.DATABASE_URL = db.url;
process.env.REPORT_LIMIT_PER_ADDRESS = '1000000';
process.env.REPORT_LIMIT_TOTAL = '1000000';
try {
  await applyPendingMigrations(db.url);
  await seedDemo(getDb());
  const world = await demoChoices();
  const journey: Answers = {
    urgent: false,
    school: world.schoolId,
    childAge: 9,
    platforms: [world.platformId],
    harms: [world.harmId],
    happened: 'THIS_WEEK',
    stillHappening: 'NOT_SURE',
    childKnows: 'YES',
    description: 'Someone asked my child for a photo. '.repeat(40),
    relationship: 'PARENT_OR_CARER',
    contact: 'ANONYMOUS',
  };
  const baseline: number[] = [];
  const submission: number[] = [];
  for (let i = -10; i < rounds; i += 1) {
    const { token } = await startDraft(journey);
    const b = await time(() => directInserts(world, journey, token));
    const { token: t2 } = await startDraft(journey);
    const s = await time(() =>
      submitConcern({ token: t2, partnershipId: world.partnershipId, honeypot: '', address: `a${i}` }),
    );
    if (i >= 0) {
      baseline.push(b);
      submission.push(s);
    }
  }
  const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.ceil(q * xs.length) - 1] ?? NaN;
  console.log(`rounds: ${rounds}`);
  console.log(`baseline   p50 ${p(baseline, 0.5).toFixed(1)} ms  p95 ${p(baseline, 0.95).toFixed(1)} ms`);
  console.log(`submission p50 ${p(submission, 0.5).toFixed(1)} ms  p95 ${p(submission, 0.95).toFixed(1)} ms`);
  console.log(`p95 ratio submission / baseline: ${(p(submission, 0.95) / p(baseline, 0.95)).toFixed(2)}`);
} finally {
  await closeRateLimits();
  await disconnectDb();
  await db.stop();
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function demoChoices() {
  const d = getDb();
  const school = await d.school.findFirstOrThrow({ where: { name: 'Oakfield Primary School' } });
  const platform = await d.platform.findFirstOrThrow({ where: { isOther: false, closedOn: null } });
  const harm = await d.harmCategory.findFirstOrThrow({ where: { active: true } });
  return {
    partnershipId: school.partnershipId,
    schoolId: school.id,
    platformId: platform.id,
    harmId: harm.id,
  };
}

/** The same rows the submission writes, written directly. */
async function directInserts(world: Awaited<ReturnType<typeof demoChoices>>, a: Answers, token: string) {
  const receiptHash = await hashReceipt(newReceiptCode());
  await getDb().$transaction(async (tx) => {
    const concern = await tx.concern.create({
      data: {
        reference: newReference(),
        receiptHash,
        partnershipId: world.partnershipId,
        schoolId: world.schoolId,
        route: 'FRONT_DOOR',
        childAge: 9,
        happened: 'THIS_WEEK',
        stillHappening: 'NOT_SURE',
        childKnows: 'YES',
        description: a.description ?? '',
        reporterRelationship: 'PARENT_OR_CARER',
        platforms: { create: [{ platformId: world.platformId }] },
        harms: { create: [{ harmCategoryId: world.harmId }] },
        events: { create: { kind: 'SUBMITTED', summary: 'Sent by the reporter.' } },
      },
    });
    await tx.concern.update({ where: { id: concern.id }, data: { route: 'SCHOOL' } });
    await tx.concernEvent.create({ data: { concernId: concern.id, kind: 'ROUTED', summary: 'Routed.' } });
    await tx.reportDraft.update({ where: { tokenHash: draftKey(token) }, data: { answers: {} } });
  });
}
