// The cost of encryption at rest on sending a report: lib/reporting/submit-concern.ts (what the Send
// button runs) timed with encryption on, and in the same run with a pass-through key provider that stores
// values as given — the same code, queries and argon2id hash otherwise. Rounds alternate so load on the
// machine falls on both alike. Prints p50/p95 of each and the ratios, then the cost of the cryptography
// alone for one report's fields. Run: npm run bench:encryption -- [rounds=200]
import { startScratchPostgres } from '../lib/database/scratch';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { disconnectDb, getDb } from '../lib/db';
import { seedDemo } from '../lib/demo/seed-demo';
import { passThroughProvider } from '../lib/encryption/keyring';
import { setKeyProviderForBench } from '../lib/encryption/prisma-extension';
import { closeRateLimits } from '../lib/rate-limit/rate-limit';
import type { Answers } from '../lib/reporting/answers';
import { startDraft } from '../lib/reporting/report-draft';
import { submitConcern } from '../lib/reporting/submit-concern';

const rounds = Number(process.argv[2] ?? 200);
const db = await startScratchPostgres('bench-encryption');
process.env.DATABASE_URL = db.url;
process.env.REPORT_LIMIT_PER_ADDRESS = '1000000';
process.env.REPORT_LIMIT_TOTAL = '1000000';
try {
  await applyPendingMigrations(db.url);
  await seedDemo(getDb());
  const school = await getDb().school.findFirstOrThrow({ where: { name: 'Oakfield Primary School' } });
  const platform = await getDb().platform.findFirstOrThrow({ where: { isOther: false, closedOn: null } });
  const harm = await getDb().harmCategory.findFirstOrThrow({ where: { active: true } });
  const journey: Answers = {
    urgent: false,
    school: school.id,
    childAge: 9,
    childName: 'S.J.',
    platforms: [platform.id],
    harms: [harm.id],
    happened: 'THIS_WEEK',
    stillHappening: 'NOT_SURE',
    childKnows: 'YES',
    description: 'Someone asked my child for a photo. '.repeat(40),
    relationship: 'PARENT_OR_CARER',
    contact: 'CONTACT',
    reporterName: 'A parent',
    reporterEmail: 'parent@example.org',
    reporterPhone: '07700 900982',
    reporterSafeTimes: 'After 6pm on weekdays',
  };
  const send = async (label: string, i: number) => {
    const { token } = await startDraft(journey);
    const start = performance.now();
    const outcome = await submitConcern({
      token,
      partnershipId: school.partnershipId,
      honeypot: '',
      address: `${label}${i}`,
    });
    if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
    return performance.now() - start;
  };
  const encrypted: number[] = [];
  const plain: number[] = [];
  for (let i = -10; i < rounds; i += 1) {
    const e = await send('e', i);
    setKeyProviderForBench(passThroughProvider);
    const p = await send('p', i).finally(() => setKeyProviderForBench(undefined));
    if (i >= 0) {
      encrypted.push(e);
      plain.push(p);
    }
  }
  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.ceil(f * xs.length) - 1] ?? NaN;
  console.log(`rounds: ${rounds} of each, alternating`);
  console.log(`without encryption p50 ${q(plain, 0.5).toFixed(1)} ms  p95 ${q(plain, 0.95).toFixed(1)} ms`);
  console.log(
    `with encryption    p50 ${q(encrypted, 0.5).toFixed(1)} ms  p95 ${q(encrypted, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `ratio with / without: p50 ${(q(encrypted, 0.5) / q(plain, 0.5)).toFixed(2)}  p95 ${(q(encrypted, 0.95) / q(plain, 0.95)).toFixed(2)}`,
  );
  const partnership = await getDb().partnership.findFirstOrThrow({ select: { id: true } });
  const keys = await getDb().$encryptionKeys([partnership.id]);
  const fields = [
    'description',
    'childName',
    'reporterName',
    'reporterEmail',
    'reporterPhone',
    'reporterSafeTimes',
  ];
  const n = 2000;
  const start = performance.now();
  for (let i = 0; i < n; i += 1) {
    for (const f of fields)
      keys.decrypt(
        'Concern',
        f,
        'row',
        keys.encrypt('Concern', f, 'row', String(journey[f as keyof Answers]), partnership.id),
      );
  }
  console.log(
    `cryptography alone: ${(((performance.now() - start) / n) * 1000).toFixed(0)} µs to encrypt and decrypt one report's fields`,
  );
} finally {
  await closeRateLimits();
  await disconnectDb();
  await db.stop();
}
