// The cost of passing a case on (lib/cases/pass-on-case.ts: scope, version check, the move, its ConcernMove
// row, the new team's notifications, chronology and audit, one transaction) against ordinary case changes
// through the same changeCase (a note; an assignment, which reads the team), in the same run, rounds
// alternating so load on the machine falls on all alike. Each round takes a fresh case at school A and
// passes it to school B of another partnership, the most work a move does; and another fresh case whose
// child protection file it sends to school B (lib/transfers/start-transfer.ts: changeCase, the transfer,
// its due date by B's calendar, B's emails), which B's DSL then accepts (lib/transfers/answer-transfer.ts).
// Run: npm run bench:pass-on (NODE_ENV=test npx tsx --tsconfig bench/tsconfig.react-server.json --conditions=react-server
//   bench/pass-on.ts [rounds=300] [alerts=60])
// Then, with the worker running as in the app (email polled every second) and the SMTP catcher, the time from
// a pass-on's commit to each of the new team's alert emails reaching the SMTP server (issue 17).
import { mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionUser } from '../lib/auth/session';
import { addCaseNote } from '../lib/cases/add-case-note';
import { assignCase } from '../lib/cases/assign-case';
import { passOnCase } from '../lib/cases/pass-on-case';
import { acceptTransfer } from '../lib/transfers/answer-transfer';
import { startTransfer } from '../lib/transfers/start-transfer';
import { newReference } from '../lib/concerns/codes';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb, getDb } from '../lib/db';
import type { Role } from '../lib/generated/prisma/enums';
import { readCaughtMail, startMailCatcher } from '../lib/email/catcher';
import { startWorker } from '../lib/worker/start-worker';
import { percentile } from './lib/fire';

const rounds = Number(process.argv[2] ?? 300);
const alerts = Number(process.argv[3] ?? 60);
const scratch = await startScratchPostgres('bench-pass-on');
process.env.DATABASE_URL = scratch.url;
const mailDir = mkdtempSync(join(tmpdir(), 'sg-bench-pass-on-'));
const catcher = await startMailCatcher(mailDir);
process.env.SMTP_URL = catcher.url;
process.env.LOG_LEVEL = 'silent';

async function staff(partnershipId: string, role: Role, schoolId: string, n: number): Promise<SessionUser> {
  const db = getDb();
  const user = await db.staffUser.create({
    data: {
      email: `staff${n}@bench.example`,
      name: `Staff ${n}`,
      memberships: { create: [{ role, partnershipId, schoolId }] },
    },
    include: { memberships: { select: { role: true, partnershipId: true, schoolId: true } } },
  });
  const partnership = { id: partnershipId, name: 'Bench' };
  const { id, name, email, memberships } = user;
  return {
    id,
    name,
    email,
    memberships,
    sessionId: 'bench',
    partnership,
    partnerships: [partnership],
    serviceOperator: false,
  };
}

try {
  await applyPendingMigrations(scratch.url);
  const db = getDb();
  const [a, b] = [
    await db.partnership.create({ data: { slug: 'a', name: 'A' } }),
    await db.partnership.create({ data: { slug: 'b', name: 'B' } }),
  ];
  const school = (partnershipId: string, urn: number) =>
    db.school.create({
      data: { partnershipId, urn, name: `School ${urn}`, phase: 'PRIMARY', localAuthority: 'Bench' },
    });
  const [schoolA, schoolB] = [await school(a.id, 100001), await school(b.id, 100002)];
  const dslA = await staff(a.id, 'DSL', schoolA.id, 1);
  const dslB = await staff(b.id, 'DSL', schoolB.id, 2);
  await staff(b.id, 'DEPUTY_DSL', schoolB.id, 3);
  const freshCase = () =>
    db.concern.create({
      data: {
        reference: newReference(),
        receiptHash: 'bench',
        partnershipId: a.id,
        schoolId: schoolA.id,
        route: 'SCHOOL',
        happened: 'THIS_WEEK',
        stillHappening: 'NOT_SURE',
        childKnows: 'YES',
        description: 'A bench concern.',
        reporterRelationship: 'PARENT_OR_CARER',
      },
    });
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const note: number[] = [];
  const assign: number[] = [];
  const move: number[] = [];
  const send: number[] = [];
  const accept: number[] = [];
  for (let i = -30; i < rounds; i += 1) {
    const c = await freshCase();
    const target = { reference: c.reference };
    const n = await time(() => addCaseNote(dslA, { ...target, version: 0, note: 'A bench note.' }));
    const s = await time(() => assignCase(dslA, { ...target, version: 1, assigneeId: dslA.id }));
    const m = await time(() =>
      passOnCase(dslA, { ...target, version: 2, to: schoolB.id, reason: 'The child is at school B.' }),
    );
    const t = await freshCase();
    const sendIt = () =>
      startTransfer(dslA, { reference: t.reference, version: 0, to: schoolB.id, childStartsOn: new Date() });
    const ts = await time(sendIt);
    const transfer = await db.fileTransfer.findFirstOrThrow({ where: { concernId: t.id } });
    const ta = await time(() => acceptTransfer(dslB, { transferId: transfer.id }));
    if (i >= 0) {
      note.push(n);
      assign.push(s);
      move.push(m);
      send.push(ts);
      accept.push(ta);
    }
  }
  const q = (xs: number[], f: number) =>
    percentile(
      [...xs].sort((x, y) => x - y),
      f,
    );
  const line = (label: string, xs: number[]) =>
    `${label.padEnd(24)} p50 ${q(xs, 0.5).toFixed(2)} ms  p95 ${q(xs, 0.95).toFixed(2)} ms  ratio to a note: p50 ${(q(xs, 0.5) / q(note, 0.5)).toFixed(2)}  p95 ${(q(xs, 0.95) / q(note, 0.95)).toFixed(2)}`;
  console.log(`${rounds} rounds, alternating; each a fresh case at school A`);
  console.log(line('add a note', note));
  console.log(line('assign (reads the team)', assign));
  console.log(line('pass on to B (2 emails)', move));
  console.log(line('send file to B (2 emails)', send));
  console.log(line('B accepts the file', accept));

  // Move → alert: the rounds above queued their emails with no worker; start from an empty outbox.
  await db.outboxEmail.deleteMany({});
  const worker = startWorker({ db });
  const committed = new Map<string, number>();
  for (let i = 0; i < alerts; i += 1) {
    const c = await freshCase();
    await passOnCase(dslA, { reference: c.reference, version: 0, to: schoolB.id, reason: 'At school B.' });
    committed.set(c.reference, Date.now());
    await new Promise((r) => setTimeout(r, 137)); // spread over the worker's polling interval
  }
  const expected = alerts * 2; // school B's DSL and deputy
  const deadline = Date.now() + 120_000;
  let caught = await readCaughtMail(mailDir);
  while (caught.length < expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    caught = await readCaughtMail(mailDir);
  }
  await worker.stop();
  const latencies = caught.flatMap((mail) => {
    const sent = committed.get(/reference ([A-Z0-9-]+)\)/.exec(mail.subject)?.[1] ?? '');
    return sent === undefined ? [] : [Number(mail.id.split('-')[0]) - sent];
  });
  console.log(
    `pass on → alert at the SMTP server (worker polling every 1 s): ${latencies.length} of ${expected} emails, p50 ${q(latencies, 0.5).toFixed(0)} ms, p95 ${q(latencies, 0.95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${availableParallelism()} cores`,
  );
} finally {
  await disconnectDb();
  await catcher.close();
  await scratch.stop();
}
