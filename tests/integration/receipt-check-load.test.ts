// A flood of wrong follow-up checks (each one an argon2 verify) must not starve a parent's report, which
// needs an argon2 hash of its own. Measured as a ratio of the same machine's quiet p95, so a slow machine
// does not fail it and a fast one does not hide a queue.
import { loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReference } from '@/lib/concerns/codes';
import { checkReceipt } from '@/lib/follow-up/check-receipt';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let parent = 0;

beforeAll(async () => {
  world = await makeReportingWorld();
});
afterAll(() => closeRateLimits());

/** One parent's submission, timed from the click (the draft already exists, as in a real journey). */
async function timedSubmission(): Promise<number> {
  parent += 1;
  const token = await startJourney(completeAnswers(world));
  const began = performance.now();
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address: `203.0.113.${parent}`,
  });
  expect(outcome.kind).toBe('sent');
  return performance.now() - began;
}

async function p95(samples: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) times.push(await timedSubmission());
  times.sort((a, b) => a - b);
  return times[Math.ceil(samples * 0.95) - 1] as number;
}

describe('follow-up checks under attack', () => {
  it("200 parallel wrong receipt checks do not push a parent's submission p95 past twice its quiet value", async () => {
    await p95(3); // warm up: the decoy hash, the pools, the JIT
    const quiet = await p95(12);
    let attacking = true;
    let attempt = 0;
    // 200 clients, each from addresses of its own (a botnet), trying well-formed references with wrong codes
    // as fast as they are answered.
    const attackers = Array.from({ length: 200 }, async (_, client) => {
      while (attacking) {
        attempt += 1;
        await checkReceipt({
          reference: newReference(),
          receipt: '2222-3333-4444-5555',
          address: `10.${client}.${(attempt >> 8) & 255}.${attempt & 255}`,
        });
        // Each client sends its next attempt when the answer arrives: a 10 ms round trip, far quicker
        // than any real network, so 200 clients still offer ~20,000 checks a second.
        await new Promise((next) => setTimeout(next, 10));
      }
    });
    await new Promise((r) => setTimeout(r, 200)); // let the flood build up
    const loaded = await p95(12);
    attacking = false;
    await Promise.all(attackers);
    console.log(
      `[receipt-check-load] submission p95 quiet ${quiet.toFixed(0)} ms, under 200 checkers ${loaded.toFixed(0)} ms: ` +
        `${(loaded / quiet).toFixed(2)}x (load average ${loadavg()[0]!.toFixed(2)})`,
    );
    expect(loaded / quiet).toBeLessThan(2);
  }, 180_000);
});
