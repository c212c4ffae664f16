// Deadlines for requests that someone is waiting on (a parent pressing "Send report"). lib/db.ts bounds
// every wait generously; here a request answers by its deadline whatever the database does, and its
// transaction cannot commit after the request has given up, even if the server resumes minutes later.
import { getDb, type Tx } from './db';

/** A parent's request waits on the database at most this long in all, then hears "not sent, try again":
 * well under the ~15 s after which people give up on a page and proxies cut the request. */
export const PUBLIC_REQUEST_MS = 10_000;

/** A transaction stops being allowed to commit this long before its request's deadline: time for the
 * commit's answer to travel back, and for the app's and the database server's clocks to differ. */
const COMMIT_MARGIN_MS = 2_000;

/** SQLSTATE of the late-commit refusal (trigger `refuse_late_commit`); Postgres 17 uses it for its own
 * transaction_timeout. */
const LATE_COMMIT = '25P04';

export class DatabaseTimeout extends Error {
  constructor() {
    super('The database did not answer in time.');
    this.name = 'DatabaseTimeout';
  }
}

export function deadlineIn(ms = PUBLIC_REQUEST_MS): number {
  return Date.now() + ms;
}

/**
 * Runs `work` and answers by `deadline`: with its result, or with DatabaseTimeout while the work carries on
 * in the background until lib/db.ts's limits end it. Only for work that cannot commit after the deadline
 * (`transactionBefore`) or may (reads, a rate-limit count).
 */
export async function beforeDeadline<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeout()), Math.max(0, deadline - Date.now()));
  });
  const running = work();
  running.catch(() => undefined); // once given up on, its own failure is nobody's to handle
  try {
    return await Promise.race([running, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One transaction that commits by `deadline` or not at all. The server's statement, lock and idle limits
 * and Prisma's transaction timeout end it at the deadline; a COMMIT that reaches a server that was paused
 * is refused by the deferred trigger `refuse_late_commit`, which compares the server's clock with
 * `app.commit_by` (so the two servers' clocks must agree to within COMMIT_MARGIN_MS, as NTP keeps them).
 */
export async function transactionBefore<T>(deadline: number, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const remaining = deadline - Date.now();
  if (remaining <= COMMIT_MARGIN_MS) throw new DatabaseTimeout();
  const ms = String(remaining);
  const commitBy = new Date(deadline - COMMIT_MARGIN_MS).toISOString();
  return getDb().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('statement_timeout', ${ms}, true),
        set_config('lock_timeout', ${ms}, true),
        set_config('idle_in_transaction_session_timeout', ${ms}, true),
        set_config('app.commit_by', ${commitBy}, true)`;
      return fn(tx);
    },
    { maxWait: remaining, timeout: remaining },
  );
}

/** SQLSTATEs of the server's own limits: statement (57014), lock (55P03), idle in transaction (25P03). */
const SERVER_LIMITS = ['57014', '55P03', '25P03', LATE_COMMIT];

/** What pg says when its own connect and read limits pass, and Prisma's code for a transaction timeout. */
const CLIENT_LIMITS =
  /Query read timeout|timeout exceeded when trying to connect|due to connection timeout|P2028/;

/**
 * Whether an error means the database did not answer in time (rather than refused the work). Prisma wraps
 * the driver's error, so its codes and messages are looked for a few levels down.
 */
export function isDatabaseTimeout(error: unknown, depth = 0): boolean {
  if (error instanceof DatabaseTimeout) return true;
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    code?: unknown;
    originalCode?: unknown;
    message?: unknown;
    meta?: unknown;
    cause?: unknown;
  };
  const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === 'string');
  if (codes.some((c) => SERVER_LIMITS.includes(c) || CLIENT_LIMITS.test(c))) return true;
  if (typeof e.message === 'string' && CLIENT_LIMITS.test(e.message)) return true;
  return [e.meta, e.cause, (e.meta as { driverAdapterError?: unknown })?.driverAdapterError].some(
    (inner) => inner !== error && isDatabaseTimeout(inner, depth + 1),
  );
}
