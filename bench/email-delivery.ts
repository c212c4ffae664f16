// npm run bench:email — how fast a new concern's notification reaches the SMTP server, and how fast the outbox
// sends a backlog, on this machine. Everything is real: an embedded Postgres, the in-process SMTP catcher,
// nodemailer. The throughput is printed as a ratio against a baseline measured in the same run: the same
// 1,000 messages sent straight through nodemailer (same transport settings, same parallelism) with no
// database at all, so the ratio is the cost of durability (claiming, leasing and marking each row).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';

const CONCERNS = Number(process.env.BENCH_CONCERNS ?? 100);
const BACKLOG = Number(process.env.BENCH_EMAILS ?? 1000);
const PARALLEL = 4;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const { startScratchPostgres } = await import('../lib/database/scratch');
  const { applyPendingMigrations } = await import('../lib/database/apply-migrations');
  const { startMailCatcher } = await import('../lib/email/catcher');
  const db = await startScratchPostgres('bench');
  await applyPendingMigrations(db.url);
  const dir = mkdtempSync(join(tmpdir(), 'sg-bench-mail-'));
  const catcher = await startMailCatcher(dir);
  process.env.DATABASE_URL = db.url;
  process.env.SMTP_URL = catcher.url;
  process.env.LOG_LEVEL = 'silent';
  const { getDb, disconnectDb } = await import('../lib/db');
  const { startWorker } = await import('../lib/worker/start-worker');
  const { sendDueEmails } = await import('../lib/outbox/send-due-emails');
  const { enqueueEmail } = await import('../lib/outbox/enqueue-email');
  const { submitBenchConcern, makeBenchArea } = await import('./bench-concerns');
  try {
    // 1. Submission → SMTP latency with the worker running as it does in the app (polling every second).
    const area = await makeBenchArea(getDb());
    const worker = startWorker({ db: getDb() });
    const committed = new Map<string, number>();
    for (let i = 0; i < CONCERNS; i++) {
      const reference = await submitBenchConcern(getDb(), area);
      committed.set(reference, Date.now());
      await new Promise((r) => setTimeout(r, 137)); // spread over the polling interval
    }
    while (readdirSync(dir).length < CONCERNS) await new Promise((r) => setTimeout(r, 100));
    await worker.stop();
    const latencies: number[] = [];
    for (const file of readdirSync(dir)) {
      const arrived = Number(file.split('-')[0]);
      const subject = (await simpleParser(readFileSync(join(dir, file)))).subject ?? '';
      const sent = committed.get(/reference ([A-Z0-9-]+)\)/.exec(subject)?.[1] ?? '');
      if (sent) latencies.push(arrived - sent);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `submission → SMTP (${latencies.length} notifications, poll 1 s): median ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms`,
    );

    // 2. Throughput of the outbox with a backlog, against raw nodemailer.
    const messages = Array.from({ length: BACKLOG }, (_, i) => ({
      kind: 'bench',
      to: `person${i}@staff.example`,
      subject: `A new safeguarding concern for Bench School — sign in to view it (reference B${i})`,
      text: 'Sign in to view it.\n',
      html: '<p>Sign in to view it.</p>',
      messageId: `<bench.${Date.now()}.${i}@bench>`,
    }));
    const raw = nodemailer.createTransport(catcher.url, { connectionTimeout: 10_000 });
    const rawStart = performance.now();
    const queue = [...messages];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let m = queue.shift(); m; m = queue.shift())
          await raw.sendMail({
            from: 'bench@localhost',
            to: m.to,
            subject: m.subject,
            text: m.text,
            html: m.html,
            messageId: m.messageId,
          });
      }),
    );
    const rawMs = performance.now() - rawStart;

    await getDb().$transaction(
      async (tx) => {
        for (const m of messages)
          await enqueueEmail(tx, {
            ...m,
            messageId: m.messageId.replace('bench.', 'outbox.'),
            partnershipId: null,
          });
      },
      { timeout: 120_000 },
    );
    const outboxStart = performance.now();
    let sent = 0;
    while (sent < BACKLOG)
      sent += (
        await sendDueEmails({ db: getDb(), workerId: 'bench', now: new Date(), concurrency: PARALLEL })
      ).sent;
    const outboxMs = performance.now() - outboxStart;
    const perSecond = (ms: number) => Math.round((BACKLOG / ms) * 1000);
    console.log(
      `baseline: raw nodemailer, ${BACKLOG} emails, ${PARALLEL} in parallel: ${Math.round(rawMs)} ms (${perSecond(rawMs)}/s)`,
    );
    console.log(
      `outbox worker, ${BACKLOG} queued emails, ${PARALLEL} in parallel: ${Math.round(outboxMs)} ms (${perSecond(outboxMs)}/s)`,
    );
    console.log(`ratio outbox/baseline time: ${(outboxMs / rawMs).toFixed(2)}`);
  } finally {
    await disconnectDb();
    await catcher.close();
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
