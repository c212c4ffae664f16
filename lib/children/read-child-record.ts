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
  return getDb().$transaction(async (tx) => {
    const child = await findChildInScope(tx, user, childId);
    if (!child) return null;
    const concerns = await tx.concern.findMany({
      where: { childRecordId: child.id },
      select: {
        id: true,
        reference: true,
        status: true,
        riskLevel: true,
        submittedAt: true,
        legalHold: true,
        referrals: { orderBy: { referredOn: 'asc' } },
      },
      orderBy: { submittedAt: 'asc' },
    });
    const chronology = await readChronology(tx, concerns);
    await recordAudit(tx, {
      actorId: user.id,
      action: `child.${purpose}`,
      subject: 'ChildRecord',
      subjectId: child.id,
      partnershipId: child.partnershipId,
    });
    const open = concerns.filter((c) => c.status !== 'CLOSED');
    return {
      child,
      school: await tx.school.findUniqueOrThrow({ where: { id: child.schoolId }, select: { name: true } }),
      concerns,
      openConcerns: open,
      currentRisk: highestRisk(open.map((c) => c.riskLevel)),
      referrals: concerns.flatMap((c) => c.referrals.map((r) => ({ ...r, reference: c.reference }))),
      chronology,
    };
  });
}

export type ChildFile = NonNullable<Awaited<ReturnType<typeof readChildRecord>>>;

async function readChronology(tx: Tx, concerns: { id: string; reference: string }[]) {
  const references = new Map(concerns.map((c) => [c.id, c.reference]));
  const events = await tx.concernEvent.findMany({
    where: { concernId: { in: [...references.keys()] } },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    include: { actor: { select: { name: true } } },
  });
  return events.map((e) => ({ ...e, reference: references.get(e.concernId) ?? '' }));
}

function highestRisk(levels: (RiskLevel | null)[]): RiskLevel | null {
  return levels.reduce<RiskLevel | null>(
    (high, level) =>
      level && (!high || RISK_ORDER.indexOf(level) > RISK_ORDER.indexOf(high)) ? level : high,
    null,
  );
}
