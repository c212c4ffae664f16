import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db';

// After a correct reference and receipt the browser holds a random token naming a row here, never the
// receipt. Access lasts REPORTER_SESSION_MINUTES, and ends on every device when the reporter finishes.
export const REPORTER_SESSION_MINUTES = 20;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new follow-up session for the concern; returns the token for the cookie. */
export async function startReporterSession(concernId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await getDb().$transaction([
    getDb().reporterSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    getDb().reporterSession.create({
      data: {
        tokenHash: hashToken(token),
        concernId,
        expiresAt: new Date(now + REPORTER_SESSION_MINUTES * 60_000),
      },
    }),
  ]);
  return token;
}

/** The concern a token gives access to, or null when it is unknown, ended or out of time. */
export async function reporterSessionConcern(token: string | undefined): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const session = await getDb().reporterSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { concernId: true, expiresAt: true },
  });
  return session && session.expiresAt > new Date() ? session.concernId : null;
}

/** Ends follow-up access to the token's concern everywhere: every device's session, not just this one. */
export async function endReporterSessions(token: string | undefined): Promise<void> {
  const concernId = await reporterSessionConcern(token);
  if (concernId) await getDb().reporterSession.deleteMany({ where: { concernId } });
}
