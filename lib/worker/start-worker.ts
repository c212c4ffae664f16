import 'server-only';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { backfillBirthYears } from '@/lib/children/backfill-birth-years';
import { recheckWorkAccounts } from '@/lib/auth/providers/recheck-work-accounts';
import type { Db } from '@/lib/db';
import { escalateUnopenedConcerns } from '@/lib/escalation/escalate-unopened-concerns';
import { sendDailyDigests } from '@/lib/escalation/send-daily-digests';
import { logger } from '@/lib/log';
import { sendDueEmails } from '@/lib/outbox/send-due-emails';
import { deleteLeavingPartnership } from '@/lib/partnership-leave/delete-leaving-partnership';
import { deleteExpiredDrafts } from '@/lib/reporting/delete-expired-drafts';
import { isRetentionNight, runRetention } from '@/lib/retention/run-retention';
import { runTransferClock } from '@/lib/transfers/run-transfer-clock';
import { notifyNationalRises } from '@/lib/trends/notify-national-rises';
import { runEarlyWarning } from '@/lib/trends/run-early-warning';

export interface Worker {
  id: string;
  /** Finishes the task in hand (an email being sent is marked), then stops. */
  stop: () => Promise<void>;
}

interface Task {
  name: string;
  everyMs: number;
  /** Returns true when there is more to do at once (a full batch of email). */
  run: (now: Date) => Promise<boolean>;
}

/**
 * The background worker: sends queued email, escalates unopened concerns, runs the file transfer clock,
 * queues daily digests, clears expired drafts, re-checks work-account sign-ins with their providers, fills
 * in the birth year of older child records, runs the trends early warning and, at night, deletes what the
 * retention policy says. Any number may run (in app processes and `npm run worker`): every task is safe to
 * run concurrently, by row locks or conditional updates.
 */
export function startWorker(options: { db: Db; pollMs?: number; now?: () => Date }): Worker {
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`.slice(0, 100);
  const now = options.now ?? (() => new Date());
  const { db } = options;
  const tasks: Task[] = [
    {
      name: 'email',
      everyMs: options.pollMs ?? 1000,
      run: async (at) => (await sendDueEmails({ db, workerId: id, now: at })).sent >= 50,
    },
    {
      name: 'escalation',
      everyMs: 60_000,
      run: async (at) => (await escalateUnopenedConcerns(db, at), false),
    },
    // The 5-school-day clock of child protection file transfers: a reminder at day 3, the front door at 5.
    {
      name: 'transfer-clock',
      everyMs: 10 * 60_000,
      run: async (at) => (await runTransferClock(db, at), false),
    },
    { name: 'digest', everyMs: 15 * 60_000, run: async (at) => (await sendDailyDigests(db, at), false) },
    { name: 'drafts', everyMs: 10 * 60_000, run: async (at) => (await deleteExpiredDrafts(db, at), false) },
    // Every 10 minutes, so a work account due after 11 hours is asked again within 12 (provider-check.ts).
    {
      name: 'work-accounts',
      everyMs: 10 * 60_000,
      run: async (at) => (await recheckWorkAccounts(db, at)).more,
    },
    // Hourly is enough for a daily comparison; a flag is raised and emailed once however often this runs,
    // and so is a rise in several areas at once, read from the flags just raised.
    {
      name: 'early-warning',
      everyMs: 60 * 60_000,
      run: async (at) => (await runEarlyWarning(at), await notifyNationalRises(at), false),
    },
    // Child records made before the plain birth year existed get it from their (encrypted) date of birth,
    // so retention keeps their file until the child is 25. One query once every record has its year.
    {
      name: 'child-birth-years',
      everyMs: 60 * 60_000,
      run: async () => (await backfillBirthYears(db), false),
    },
    // A partnership leaving (confirmed by the service operator): a batch of its concerns at a time, then the rest.
    {
      name: 'partnership-deletion',
      everyMs: 60_000,
      run: (at) => deleteLeavingPartnership(db, at),
    },
    // Retention deletes through the night, batch after batch; outside the night it does nothing.
    {
      name: 'retention',
      everyMs: 15 * 60_000,
      run: async (at) => isRetentionNight(at) && (await runRetention(db, at)).more,
    },
  ];
  let stopping = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const schedule = (task: Task, delay: number) => {
    if (stopping) return;
    timers.set(
      task.name,
      setTimeout(() => tick(task), delay),
    );
  };
  const tick = (task: Task) => {
    const work = task
      .run(now())
      .catch((error: unknown) => {
        logger().error({ task: task.name, err: { type: (error as Error)?.name } }, 'worker task failed');
        return false;
      })
      .then((more) => schedule(task, more ? 0 : task.everyMs));
    running.add(work);
    void work.finally(() => running.delete(work));
  };
  tasks.forEach((task, i) => schedule(task, 200 * i));
  logger().info({ workerId: id }, 'worker started');

  return {
    id,
    stop: async () => {
      stopping = true;
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all(running);
      logger().info({ workerId: id }, 'worker stopped');
    },
  };
}
