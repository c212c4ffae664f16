// A flood of wrong follow-up checks (each one an argon2 verify) against a parent's report, which needs an
// argon2 hash of its own: the p95 of one parent's submission, quiet and then while 200 clients send wrong
// receipt codes as fast as they are answered, as a ratio measured in the same run, with the load average.
// Target: under 2× (the slots in lib/follow-up/receipt-slots.ts refuse the flood's excess before it costs a
// hash; tests/integration/receipt-check-load.test.ts tests that mechanism, without timing it).
// Run: npm run bench:receipt-flood [-- --samples=40]
import { availableParallelism, loadavg } from 'node:os';
import { newReference } from '../lib/concerns/codes';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb } from '../lib/db';
import { checkReceipt } from '../lib/follow-up/check-receipt';
import { closeRateLimits } from '../lib/rate-limit/rate-limit';
import { submitConcern } from '../lib/reporting/submit-concern';
import { completeAnswers, makeReportingWorld, startJourney } from '../tests/support/report-fixtures';
import { numberArg } from './lib/args';
import { percentile } from './lib/fire';

const samples = numberArg('samples', 40);
const db = await startScratchPostgres('bench-receipt-flood');
process.env.DATABASE_URL = db.url;
try {
  await applyPendingMigrations(db.url);
  const world = await makeReportingWorld();
  let parent = 0;
  /** One parent's submission, timed from the click (the draft already exists, as in a real journey). */
  const timedSubmission = async () => {
    parent += 1;
    const token = await startJourney(completeAnswers(world));
    const began = performance.now();
    const outcome = await submitConcern({
      token,
      partnershipId: world.partnership.id,
      honeypot: '',
      address: `203.0.${parent >> 8}.${parent & 255}`,
    });
    if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
    return performance.now() - began;
  };
  const p95 = async (n: number) => {
    const times: number[] = [];
    for (let i = 0; i < n; i += 1) times.push(await timedSubmission());
    return percentile(
      times.sort((a, b) => a - b),
      0.95,
    );
  };

  await p95(5); // warm up: the decoy hash, the pools, the JIT
  const quiet = await p95(samples);
  let attacking = true;
  let attempt = 0;
  const answers = new Map<string, number>();
  // 200 clients, each from addresses of its own (a botnet), trying well-formed references with wrong codes
  // as fast as they are answered, after a 10 ms round trip (far quicker than any real network).
  const attackers = Array.from({ length: 200 }, async (_, client) => {
    while (attacking) {
      attempt += 1;
      const { kind } = await checkReceipt({
        reference: newReference(),
        receipt: '2222-3333-4444-5555',
        address: `10.${client}.${(attempt >> 8) & 255}.${attempt & 255}`,
      });
      answers.set(kind, (answers.get(kind) ?? 0) + 1);
      await new Promise((next) => setTimeout(next, 10));
    }
  });
  await new Promise((r) => setTimeout(r, 200)); // let the flood build up
  const loaded = await p95(samples);
  attacking = false;
  await Promise.all(attackers);
  console.log(
    `Submission p95, ${samples} each: quiet ${quiet.toFixed(0)} ms, under 200 checkers ${loaded.toFixed(0)} ms: ` +
      `${(loaded / quiet).toFixed(2)}× (target < 2×). Checks answered: ${JSON.stringify(Object.fromEntries(answers))}. ` +
      `Load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores.`,
  );
} finally {
  await closeRateLimits();
  await disconnectDb();
  await db.stop();
}
