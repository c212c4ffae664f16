import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Db, type Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { stableMessageId } from '@/lib/email/templates/render-email';
import { signInProviderFailingEmail } from '@/lib/email/templates/sign-in-provider-failing-email';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';

// Whether the worker's re-checks with a provider work (issue 19): a provider whose re-checks keep failing
// for a reason that is not about the person (no answer, our client secret refused) will let every session
// through it lapse when its 24 hours run out, so its administrators see a warning on /admin/sign-in and are
// emailed, at most once a day while it lasts. One failure is not "keeps failing": a blip is retried at the
// next run, ten minutes later, and only a second failure in a row counts.

export const RECHECK_FAILING_AFTER = 2;
const DAY_MS = 24 * 3_600_000;

export type RecheckFailure = 'unreachable' | 'refused-us';

/** The provider answered (yes or no about the person): its run of failures, if any, is over. */
export async function recordRecheckAnswered(tx: Tx, providerId: string): Promise<void> {
  await tx.signInProvider.updateMany({
    where: { id: providerId, recheckFailures: { gt: 0 } },
    data: { recheckFailures: 0, recheckFailingSince: null, recheckFailure: null },
  });
}

/**
 * A re-check through this provider failed. From the RECHECK_FAILING_AFTER-th in a row, its partnership's
 * administrators are emailed, unless they were in the last 24 hours: the conditional update makes two
 * workers failing at once send one email.
 */
export async function recordRecheckFailed(
  tx: Tx,
  provider: { id: string; partnershipId: string; displayName: string },
  failure: RecheckFailure,
  now: Date,
): Promise<void> {
  await tx.signInProvider.updateMany({
    where: { id: provider.id, recheckFailingSince: null },
    data: { recheckFailingSince: now },
  });
  const { recheckFailures } = await tx.signInProvider.update({
    where: { id: provider.id },
    data: { recheckFailures: { increment: 1 }, recheckFailure: failure },
    select: { recheckFailures: true },
  });
  if (recheckFailures < RECHECK_FAILING_AFTER) return;
  const claimed = await tx.signInProvider.updateMany({
    where: {
      id: provider.id,
      OR: [{ recheckWarnedAt: null }, { recheckWarnedAt: { lte: new Date(now.getTime() - DAY_MS) } }],
    },
    data: { recheckWarnedAt: now },
  });
  if (claimed.count === 0) return;
  const lapsing = await sessionsLapsing(tx, provider.id, now);
  const admins = await tx.staffUser.findMany({
    where: { active: true, memberships: { some: { role: 'ADMIN', partnershipId: provider.partnershipId } } },
    select: { id: true, email: true },
  });
  const email = signInProviderFailingEmail({
    displayName: provider.displayName,
    failure,
    sessions: lapsing.count,
    firstEnds: lapsing.firstEnds,
    site: await partnershipSite(tx, provider.partnershipId),
  });
  for (const admin of admins) {
    await enqueueEmail(tx, {
      kind: 'staff.sign-in-provider-failing',
      to: admin.email,
      ...email,
      messageId: stableMessageId('sign-in-provider-failing', provider.id, admin.id, String(now.getTime())),
      partnershipId: provider.partnershipId,
    });
  }
}

/** The live sessions signed in through a provider, which end when it stops vouching: how many, and when. */
export async function sessionsLapsing(db: Db | Tx, providerId: string, now: Date) {
  const found = await db.staffSession.aggregate({
    where: { identity: { providerId }, revokedAt: null, providerVouchedUntil: { gt: now } },
    _count: { _all: true },
    _min: { providerVouchedUntil: true },
    _max: { providerVouchedUntil: true },
  });
  return {
    count: found._count._all,
    firstEnds: found._min.providerVouchedUntil,
    lastEnds: found._max.providerVouchedUntil,
  };
}

export interface ProviderRecheckWarning {
  id: string;
  displayName: string;
  failure: RecheckFailure;
  failingSince: Date;
  /** When the provider last vouched for anyone (a sign-in or a re-check); null: never. */
  lastGoodAnswer: Date | null;
  sessions: number;
  firstEnds: Date | null;
  lastEnds: Date | null;
}

/** The partnership's providers, switched on, whose re-checks keep failing: what the admin page warns of. */
export async function providerRecheckWarnings(
  partnershipId: string,
  now = new Date(),
): Promise<ProviderRecheckWarning[]> {
  const db = getDb();
  const failing = await db.signInProvider.findMany({
    where: { partnershipId, enabled: true, recheckFailures: { gte: RECHECK_FAILING_AFTER } },
    select: { id: true, displayName: true, recheckFailure: true, recheckFailingSince: true },
    orderBy: { displayName: 'asc' },
  });
  return Promise.all(
    failing.map(async (p) => {
      const [lapsing, lastGood] = await Promise.all([
        sessionsLapsing(db, p.id, now),
        db.signInIdentity.aggregate({ where: { providerId: p.id }, _max: { checkedAt: true } }),
      ]);
      return {
        id: p.id,
        displayName: p.displayName,
        failure: p.recheckFailure === 'refused-us' ? 'refused-us' : 'unreachable',
        failingSince: p.recheckFailingSince ?? now,
        lastGoodAnswer: lastGood._max.checkedAt,
        sessions: lapsing.count,
        firstEnds: lapsing.firstEnds,
        lastEnds: lapsing.lastEnds,
      };
    }),
  );
}

/**
 * A provider switched off: every session signed in through it ends now (the person's other sessions, such
 * as a password one, stay), audited in the caller's transaction; its re-checks stop (the worker asks only
 * switched-on providers) and its run of failures is forgotten.
 */
export async function endProviderSessions(
  tx: Tx,
  actorId: string,
  provider: { id: string; partnershipId: string },
  now = new Date(),
): Promise<number> {
  const ended = await tx.staffSession.updateMany({
    where: { identity: { providerId: provider.id }, revokedAt: null },
    data: { revokedAt: now },
  });
  await tx.signInProvider.update({
    where: { id: provider.id },
    data: { recheckFailures: 0, recheckFailingSince: null, recheckFailure: null },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: 'sign-in-provider.sessions-ended',
    subject: 'SignInProvider',
    subjectId: provider.id,
    partnershipId: provider.partnershipId,
    detail: { sessions: ended.count },
  });
  return ended.count;
}
