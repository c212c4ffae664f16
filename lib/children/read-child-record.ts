import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import type { RiskLevel } from '@/lib/generated/prisma/enums';
import { findChildInScope } from './child-scope';

const RISK_ORDER: RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * One child's file: the record, its cases, one chronology across all of them (each entry names its case),
 * the current risk (the highest rating among its open cases), and its referrals. Null when it is not in
 * the user's reach (another school, another partnership, merged away): the page answers "not found".
 * Every view and export is in the audit trail, as a case's is.
 */
export async function readChildRecord(user: SessionUser, childId: string, purpose: 'view' | 'pdf' = 'view') {
  // Reads in parallel on the pool, not one by one in a transaction: a file of 50 cases has hundreds of
  // entries to decrypt, and the page is measured against hand SQL (bench/child-page.ts).
  const db = getDb();
  const child = await findChildInScope(db, user, childId);
  if (!child) return null;
  const concerns = await db.concern.findMany({
    where: { childRecordId: child.id },
    select: { id: true, reference: true, status: true, riskLevel: true, submittedAt: true, legalHold: true },
    orderBy: { submittedAt: 'asc' },
  });
  const ids = concerns.map((c) => c.id);
  const [chronology, referrals, school] = await Promise.all([
    readChronology(db, concerns),
    db.referral.findMany({ where: { concernId: { in: ids } }, orderBy: { referredOn: 'asc' } }),
    db.school.findUniqueOrThrow({ where: { id: child.schoolId }, select: { name: true } }),
    recordAudit(db, {
      actorId: user.id,
      action: `child.${purpose}`,
      subject: 'ChildRecord',
      subjectId: child.id,
      partnershipId: child.partnershipId,
    }),
  ]);
  const references = new Map(concerns.map((c) => [c.id, c.reference]));
  const open = concerns.filter((c) => c.status !== 'CLOSED');
  return {
    child,
    school,
    concerns,
    openConcerns: open,
    currentRisk: highestRisk(open.map((c) => c.riskLevel)),
    referrals: referrals.map((r) => ({ ...r, reference: references.get(r.concernId) ?? '' })),
    chronology,
  };
}

export type ChildFile = NonNullable<Awaited<ReturnType<typeof readChildRecord>>>;

/** Every entry of the cases, oldest first, each with its case's reference and its author's name. */
async function readChronology(db: Tx, concerns: { id: string; reference: string }[]) {
  const references = new Map(concerns.map((c) => [c.id, c.reference]));
  const events = await db.concernEvent.findMany({
    where: { concernId: { in: [...references.keys()] } },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
  // One look-up of the few authors, rather than a join per entry.
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const actors = new Map(
    (await db.staffUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map(
      (a) => [a.id, { name: a.name }],
    ),
  );
  return events.map((e) => ({
    ...e,
    actor: e.actorId ? (actors.get(e.actorId) ?? null) : null,
    reference: references.get(e.concernId) ?? '',
  }));
}

function highestRisk(levels: (RiskLevel | null)[]): RiskLevel | null {
  return levels.reduce<RiskLevel | null>(
    (high, level) =>
      level && (!high || RISK_ORDER.indexOf(level) > RISK_ORDER.indexOf(high)) ? level : high,
    null,
  );
}
