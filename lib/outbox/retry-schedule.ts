// When to try a failed email again. Pure, so the schedule is tested without waiting.

/** Keep retrying for at least this long after the email was queued, then give up (DEAD). */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 60 * 60 * 1000;

/**
 * Exponential backoff (30 s, 1 min, 2 min … capped at an hour) with ±20% jitter, so many workers and many
 * emails that failed together do not all retry in the same second. Returns null once the retry window since
 * `queuedAt` has passed: the email is then dead-lettered for an administrator to look at.
 */
export function nextAttemptAfterFailure(
  now: Date,
  queuedAt: Date,
  attempts: number,
  random: () => number = Math.random,
): Date | null {
  if (now.getTime() - queuedAt.getTime() >= RETRY_WINDOW_MS) return null;
  const exponent = Math.min(Math.max(attempts - 1, 0), 20);
  const delay = Math.min(FIRST_DELAY_MS * 2 ** exponent, LONGEST_DELAY_MS);
  const jitter = 1 + (random() * 0.4 - 0.2);
  return new Date(now.getTime() + Math.round(delay * jitter));
}

/** The SMTP error's code and status only: server messages can quote addresses or content. */
export function smtpErrorCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'UNKNOWN';
  const status = typeof e?.responseCode === 'number' ? ` ${e.responseCode}` : '';
  return `${code}${status}`.slice(0, 100);
}
