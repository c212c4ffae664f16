// The email worker SIGKILLed in the middle of a queue, against real Postgres and a real SMTP catcher:
// after a restart every queued email is delivered, and counted by Message-ID each arrives exactly once
// once duplicates are dropped. Delivery is at least once: an email the SMTP server accepted just before the
// kill, but which was not yet marked SENT, is sent again with the same Message-ID (ARCHITECTURE.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { readCaughtMail, startMailCatcher, type MailCatcher } from '@/lib/email/catcher';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';

let catcher: MailCatcher;
const dir = mkdtempSync(join(tmpdir(), 'sg-crash-'));
beforeAll(async () => {
  catcher = await startMailCatcher(dir);
});
afterAll(() => catcher.close());

function startWorker(): { child: ChildProcess; exited: Promise<void> } {
  // Node itself with tsx loaded, not the tsx wrapper: the process killed is the one sending.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'scripts/worker.ts'],
    {
      cwd: resolve('.'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        DATABASE_URL: getEnv().DATABASE_URL,
        SMTP_URL: catcher.url,
        LOG_LEVEL: 'silent',
      } as unknown as NodeJS.ProcessEnv,
      stdio: 'ignore',
    },
  );
  return { child, exited: new Promise((done) => child.once('exit', () => done())) };
}

async function until<T>(what: string, check: () => Promise<T | false>, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const TOTAL = 400;
const SLOW_MACHINE = { maxWait: 30_000, timeout: 60_000 };

describe('the worker killed mid-queue', () => {
  it('delivers every queued email after a restart, each Message-ID once after de-duplication', async () => {
    const run = Date.now();
    const ids = Array.from({ length: TOTAL }, (_, i) => `<crash-burst.${run}.${i}@test>`);
    // In small transactions, with time to spare: a busy machine must not hit the transaction timeout.
    for (let from = 0; from < TOTAL; from += 50)
      await getDb().$transaction(async (tx) => {
        for (const [i, messageId] of ids.slice(from, from + 50).entries())
          await enqueueEmail(tx, {
            kind: 'test.crash-burst',
            partnershipId: null,
            to: `dsl${from + i}@school.example`,
            subject: `Burst ${from + i}`,
            text: 'x',
            html: '<p>x</p>',
            messageId,
          });
      }, SLOW_MACHINE);
    const caught = async () =>
      (await readCaughtMail(dir))
        .map((m) => m.messageId)
        .filter((id) => id.startsWith(`<crash-burst.${run}.`));

    const first = startWorker();
    await until('some email to arrive', async () => (await caught()).length >= 20 || false);
    first.child.kill('SIGKILL');
    await first.exited;
    const inFlight = await getDb().outboxEmail.count({
      where: { messageId: { in: ids }, status: 'SENDING' },
    });
    const before = (await caught()).length;
    expect(before).toBeLessThan(TOTAL); // killed mid-queue, not after it

    // A dead worker's claims are taken over once their 5-minute lease runs out: move the claims back in
    // time instead of waiting (the clock is the only thing simulated).
    await getDb().outboxEmail.updateMany({
      where: { messageId: { in: ids }, status: 'SENDING' },
      data: { lockedAt: new Date(Date.now() - 10 * 60_000) },
    });
    const second = startWorker();
    try {
      await until('every email to be marked sent', async () => {
        const sent = await getDb().outboxEmail.count({ where: { messageId: { in: ids }, status: 'SENT' } });
        return sent === TOTAL || false;
      });
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    const all = await caught();
    expect(new Set(all)).toEqual(new Set(ids)); // every email arrived
    const repeats = all.length - new Set(all).size;
    // Only emails claimed at the moment of the kill can arrive twice, never more than once more.
    expect(repeats).toBeLessThanOrEqual(inFlight);
    console.log(
      `[worker-crash] killed after ${before} of ${TOTAL}; ${inFlight} in flight; ${repeats} repeated (same Message-ID)`,
    );
  }, 240_000);
});
