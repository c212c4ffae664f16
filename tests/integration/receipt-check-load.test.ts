// A flood of wrong follow-up checks (each one an argon2 verify) must not starve a parent's report, which
// needs an argon2 hash of its own. What guarantees it is tested here, without timing anything: the receipt
// slots (lib/follow-up/receipt-slots.ts) run a few checks at once, queue a few more and refuse the rest
// before they cost a query or a hash. How much a flood slows a report is measured, as a ratio with the load
// average, by `npm run bench:receipt-flood` (docs/performance.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReference } from '@/lib/concerns/codes';
import { checkReceipt } from '@/lib/follow-up/check-receipt';
import { AT_ONCE, WAITING, withReceiptSlot } from '@/lib/follow-up/receipt-slots';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;

beforeAll(async () => {
  world = await makeReportingWorld();
});
afterAll(() => closeRateLimits());

describe('follow-up checks under attack', () => {
  it('run a few at once, queue a few more in order, and refuse the rest at once without running them', async () => {
    const release: (() => void)[] = [];
    const started: number[] = [];
    const calls = Array.from({ length: AT_ONCE + WAITING + 10 }, (_, i) =>
      withReceiptSlot(
        () =>
          new Promise<number>((done) => {
            started.push(i);
            release.push(() => done(i));
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([...Array(AT_ONCE).keys()]);
    // The ten beyond the queue were answered "busy" (null) without running.
    expect(await Promise.all(calls.slice(AT_ONCE + WAITING))).toEqual(Array(10).fill(null));
    // Each finished check hands its slot to the first in line.
    release.shift()!();
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([...Array(AT_ONCE + 1).keys()]);
    while (release.length > 0) {
      release.shift()!();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await Promise.all(calls.slice(0, AT_ONCE + WAITING))).toEqual([
      ...Array(AT_ONCE + WAITING).keys(),
    ]);
    expect(started).toEqual([...Array(AT_ONCE + WAITING).keys()]);
  });

  it("200 wrong checks at once: all but the slots' few are refused as busy, and a parent's report still goes", async () => {
    const flood = Array.from({ length: 200 }, (_, client) =>
      checkReceipt({
        reference: newReference(),
        receipt: '2222-3333-4444-5555',
        address: `10.${client}.0.1`,
      }),
    );
    const token = await startJourney(completeAnswers(world));
    const report = submitConcern({
      token,
      partnershipId: world.partnership.id,
      honeypot: '',
      address: '203.0.113.1',
    });
    const answers = await Promise.all(flood);
    expect(answers.filter((a) => a.kind === 'busy')).toHaveLength(200 - AT_ONCE - WAITING);
    expect(answers.filter((a) => a.kind === 'wrong')).toHaveLength(AT_ONCE + WAITING);
    expect((await report).kind).toBe('sent');
  });
});
