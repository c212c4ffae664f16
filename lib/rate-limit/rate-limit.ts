import 'server-only';
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { boundedPool } from '@/lib/db-pool';
import { getEnv } from '@/lib/env';

/**
 * Rate limits live in Postgres (table rate_limits), so every app instance shares them. Add a limit here
 * with a name, how many attempts, and over how many seconds.
 */
export const LIMITS = {
  /** Reports from one network address. */
  'report.submit.address': { points: 10, duration: 3600 },
  /** Reports from everyone: a flood guard, far above a burst after a letter to parents. */
  'report.submit.all': { points: 1000, duration: 3600 },
  /** New journeys (ReportDraft rows) started from one network address: a parent needs one or two. */
  'report.draft.address': { points: 30, duration: 3600 },
  /** Failed follow-up sign-ins (reference + receipt) from one address. None per reference: a stranger who
   * knows a reference must not be able to lock its reporter out. */
  'receipt.check.address': { points: 20, duration: 900 },
  /** Wrong secret codes typed back on the confirmation page (lib/reporting/check-kept-code.ts) from one
   * address. The parent has the code in front of them: a few tries are plenty. */
  'report.keep-code.address': { points: 10, duration: 900 },
  /** Follow-up writes (messages to the team, added information) from one address: far above what one
   * worried parent sends, far below filling a case file. */
  'followup.write.address': { points: 30, duration: 3600 },
  /**
   * Staff passwords tried against one account from one address: a delay that grows with the guessing
   * (5 a minute, then 15 an hour, then 40 a day). Keyed by the pair, so nobody elsewhere can use it to
   * lock the account's holder out.
   */
  'signin.pair.minute': { points: 5, duration: 60 },
  'signin.pair.hour': { points: 15, duration: 3600 },
  'signin.pair.day': { points: 40, duration: 86_400 },
  /** Staff sign-in attempts from one address, whatever the account. */
  'signin.address': { points: 30, duration: 900 },
  /** Wrong passwords for one account from anywhere: its holder is emailed when they reach this many. */
  'signin.account.alert': { points: 10, duration: 3600 },
  /** Wrong authenticator or recovery codes for one account (only reachable with its right password). */
  'signin.account': { points: 5, duration: 900 },
  /** "Forgotten password" requests from one address, and reset emails to one address (extra requests send nothing). */
  'reset.address': { points: 30, duration: 900 },
  'reset.email': { points: 3, duration: 3600 },
  /** Cases one member of staff asked for and could not see: their partnership's administrators are emailed at this many. */
  'cases.look-up-refused.alert': { points: 10, duration: 3600 },
  /** Passcodes typed on emailed transfer links (lib/transfers/unlock-emailed-link.ts) from one address, any
   * link: each link also locks itself at 10 wrong ones. */
  'transfer.passcode.address': { points: 30, duration: 900 },
  /** School suggestions as a parent types (one per key press), from one address. */
  'schools.suggest.address': { points: 300, duration: 300 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;

export interface LimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
  /** Attempts counted against the key in the current window, this one included. */
  attempts: number;
}

/** A limit's number of attempts, which the environment may override (README's configuration table). */
export function limitPoints(name: LimitName): number {
  const env = getEnv();
  const overrides: Partial<Record<LimitName, number | undefined>> = {
    'report.submit.address': env.REPORT_LIMIT_PER_ADDRESS,
    'report.submit.all': env.REPORT_LIMIT_TOTAL,
    'report.draft.address': env.REPORT_DRAFT_LIMIT_PER_ADDRESS,
    'receipt.check.address': env.RECEIPT_CHECK_LIMIT_PER_ADDRESS,
  };
  return overrides[name] ?? LIMITS[name].points;
}

let pool: pg.Pool | undefined;
const limiters = new Map<LimitName, RateLimiterPostgres>();

function limiter(name: LimitName): RateLimiterPostgres {
  let found = limiters.get(name);
  if (!found) {
    pool ??= boundedPool(getEnv().DATABASE_URL, { max: 3 });
    found = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      // The table is created by a migration, not at run time.
      tableCreated: true,
      keyPrefix: name,
      points: limitPoints(name),
      duration: LIMITS[name].duration,
    });
    limiters.set(name, found);
  }
  return found;
}

/**
 * Counts one attempt. Keys that identify a person (a network address, an email) are keyed by an HMAC, so
 * the table never holds them in the clear.
 */
export async function consumeLimit(name: LimitName, key: string, points = 1): Promise<LimitResult> {
  try {
    const counted = await limiter(name).consume(pseudonymise(key), points);
    return { allowed: true, retryAfterSeconds: 0, attempts: counted.consumedPoints };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return {
        allowed: false,
        retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000),
        attempts: rejection.consumedPoints,
      };
    }
    throw rejection;
  }
}

/** Gives back one attempt, for example when only failures should count. */
export async function refundLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).reward(pseudonymise(key), 1);
}

/** Clears a key, for example after a successful sign-in. */
export async function resetLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(pseudonymise(key));
}

function pseudonymise(key: string): string {
  return createHmac('sha256', getEnv().AUTH_SECRET).update(key).digest('base64url').slice(0, 32);
}

/** For tests: close the pool. */
export async function closeRateLimits(): Promise<void> {
  limiters.clear();
  await pool?.end();
  pool = undefined;
}
