import 'server-only';
import { getDb } from '@/lib/db';
import { checkHealth, type Health } from '@/lib/health/check-health';
import { findNationalRises, type NationalRise } from '@/lib/trends/find-national-rises';

/** One partnership's figures. Counts only: never a reference, a person, an address or an email's text. */
export interface PartnershipFigures {
  id: string;
  name: string;
  /** Active schools. */
  schools: number;
  /** Roles held by active staff accounts. */
  staffMemberships: number;
  openConcerns: number;
  /** This calendar month, in UK time. */
  receivedThisMonth: number;
  closedThisMonth: number;
  deadLetters: number;
}

export interface ServiceHealth {
  app: Health;
  emailQueue: { pending: number; sending: number; dead: number; oldestPendingMinutes: number | null };
  /** Dead email about no one partnership (a person's own account): the operator's to look into. */
  serviceDeadLetters: number;
  partnerships: PartnershipFigures[];
  /** Platforms rising in several areas at once (national early warning): the number of areas only. */
  nationalRises: NationalRise[];
}

/** The service operator's view of the whole deployment (/operator). */
export async function getServiceHealth(now: Date = new Date()): Promise<ServiceHealth> {
  const [app, emailQueue, serviceDeadLetters, partnerships, nationalRises] = await Promise.all([
    checkHealth(),
    queueFigures(now),
    getDb().outboxEmail.count({ where: { status: 'DEAD', partnershipId: null } }),
    partnershipFigures(now),
    findNationalRises(now),
  ]);
  return { app, emailQueue, serviceDeadLetters, partnerships, nationalRises };
}

async function queueFigures(now: Date): Promise<ServiceHealth['emailQueue']> {
  const db = getDb();
  const [byStatus, oldest] = await Promise.all([
    db.outboxEmail.groupBy({
      by: ['status'],
      where: { status: { in: ['PENDING', 'SENDING', 'DEAD'] } },
      _count: { _all: true },
    }),
    db.outboxEmail.aggregate({ where: { status: 'PENDING' }, _min: { createdAt: true } }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const since = oldest._min.createdAt;
  return {
    pending: count('PENDING'),
    sending: count('SENDING'),
    dead: count('DEAD'),
    oldestPendingMinutes: since ? Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000)) : null,
  };
}

async function partnershipFigures(now: Date): Promise<PartnershipFigures[]> {
  // The month starts at midnight UK time on the 1st.
  return getDb().$queryRaw<PartnershipFigures[]>`
    WITH month AS (
      SELECT (date_trunc('month', ${now}::timestamptz AT TIME ZONE 'Europe/London')
              AT TIME ZONE 'Europe/London') AS start
    )
    SELECT p.id, p.name,
      (SELECT count(*) FROM "School" s WHERE s."partnershipId" = p.id AND s.active)::int AS "schools",
      (SELECT count(*) FROM "Membership" m JOIN "StaffUser" u ON u.id = m."userId"
        WHERE m."partnershipId" = p.id AND u.active)::int AS "staffMemberships",
      (SELECT count(*) FROM "Concern" c WHERE c."partnershipId" = p.id AND c."closedAt" IS NULL)::int
        AS "openConcerns",
      (SELECT count(*) FROM "Concern" c WHERE c."partnershipId" = p.id
        AND c."submittedAt" >= month.start AND c."submittedAt" <= ${now})::int AS "receivedThisMonth",
      (SELECT count(*) FROM "Concern" c WHERE c."partnershipId" = p.id
        AND c."closedAt" >= month.start AND c."closedAt" <= ${now})::int AS "closedThisMonth",
      (SELECT count(*) FROM "OutboxEmail" o WHERE o."partnershipId" = p.id AND o.status = 'DEAD')::int
        AS "deadLetters"
    FROM "Partnership" p, month
    ORDER BY p.name`;
}
