import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAuditWhen } from '@/lib/audit/record-audit';
import { getDb, type Db } from '@/lib/db';
import { decryptRow } from '@/lib/encryption/prisma-extension';
import { isUuid } from '@/lib/actions/text-fields';
import { Prisma, type ChildRecord, type ConcernEvent } from '@/lib/generated/prisma/client';
import type { ConcernStatus, ReferralDestination, RiskLevel } from '@/lib/generated/prisma/enums';
import { childScopeSql } from './child-scope';
import { CHILD_TRANSFERS_SQL, childTransfers, type ChildTransferRow } from './child-transfers';

const RISK_ORDER: RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/** How many chronology entries the child's page shows at a time, newest first. */
export const CHRONOLOGY_PAGE_SIZE = 50;

export type ChildFileOptions =
  /** The page: one page of the chronology, newest first, older than the entry `olderThan` names. */
  | { purpose?: 'view'; olderThan?: string | null }
  /** The PDF: the whole file, every entry oldest first. */
  | { purpose: 'pdf' };

/**
 * One child's file: the record, its cases, the chronology across all of them (each entry names its case),
 * the current risk (the highest rating among its open cases), its referrals, and its cases' file transfers
 * sent or received by the child's school. Null when it is not in the user's reach (another school, another
 * partnership, merged away): the page answers "not found". Every view and export is in the audit trail,
 * as a case's is.
 *
 * The page reads one page of the chronology (CHRONOLOGY_PAGE_SIZE entries, newest first; `olderEntries`
 * names where the next page starts), so it decrypts only what it shows; the PDF reads every entry. Three
 * statements in parallel on the pool (not one by one in a transaction), each carrying the scope: the hand
 * SQL it is measured against (bench/child-page.ts) sends six. Read with SQL, so decrypted with decryptRow.
 */
export async function readChildRecord(user: SessionUser, childId: string, options: ChildFileOptions = {}) {
  const scope = childScopeSql(user);
  if (!scope || !isUuid(childId)) return null;
  const id = childId.toLowerCase();
  const whole = options.purpose === 'pdf';
  const olderThan = !whole && /^\d{1,18}$/.test(options.olderThan ?? '') ? BigInt(options.olderThan!) : null;
  // Three statements at once, each with the scope in its own WHERE: the record with its school, cases,
  // referrals and transfers; the chronology; and the audit entry, written only when the record is in reach.
  const [file] = await Promise.all([
    loadChildFile(getDb(), id, scope, whole ? 'all' : { olderThan, take: CHRONOLOGY_PAGE_SIZE + 1 }),
    recordAuditWhen(
      getDb(),
      // In scope, the record's partnership is the one the user acts for.
      {
        actorId: user.id,
        action: `child.${whole ? 'pdf' : 'view'}`,
        subject: 'ChildRecord',
        subjectId: id,
        partnershipId: user.partnership!.id,
      },
      Prisma.sql`EXISTS (SELECT 1 FROM "ChildRecord" r WHERE r.id = ${id}::uuid AND ${scope})`,
    ),
  ]);
  return file;
}

/**
 * The whole file of the child record a child's whole file transfer was sent from, for the PDF an emailed
 * link gives (lib/transfers/download-emailed-file.ts): scoped to the sending school, which the link
 * proved; no member of staff reads it, so the link's own log is its audit.
 */
export function readChildFileForTransfer(childId: string, fromSchoolId: string) {
  const scope = Prisma.sql`r."schoolId" = ${fromSchoolId}::uuid AND r."mergedIntoId" IS NULL`;
  return loadChildFile(getDb(), childId, scope, 'all');
}

/** The record, its cases, referrals, transfers and chronology (a page, or all), within `scope`. */
async function loadChildFile(
  db: Db,
  id: string,
  scope: Prisma.Sql,
  page: 'all' | { olderThan: bigint | null; take: number },
) {
  const whole = page === 'all';
  const [[found], events] = await Promise.all([
    db.$queryRaw<OverviewRow[]>`
      SELECT r.*, s.name AS "schoolName",
        (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'reference', c.reference, 'status', c.status,
            'riskLevel', c."riskLevel", 'submittedAt', c."submittedAt", 'legalHold', c."legalHold")
            ORDER BY c."submittedAt", c.id), '[]')
          FROM "Concern" c WHERE c."childRecordId" = r.id) AS concerns,
        (SELECT COALESCE(json_agg(json_build_object('id', f.id, 'concernId', f."concernId",
            'destination', f.destination, 'destinationOther', f."destinationOther", 'referredOn', f."referredOn")
            ORDER BY f."referredOn", f.id), '[]')
          FROM "Referral" f JOIN "Concern" c ON c.id = f."concernId" WHERE c."childRecordId" = r.id) AS referrals,
        ${CHILD_TRANSFERS_SQL} AS transfers
      FROM "ChildRecord" r JOIN "School" s ON s.id = r."schoolId"
      WHERE r.id = ${id}::uuid AND ${scope}`,
    readChronology(db, id, scope, page),
  ]);
  if (!found) return null;
  const { schoolName, concerns: concernRows, referrals: referralRows, transfers, ...record } = found;
  const child = await decryptRow(db, 'ChildRecord', record);
  const concerns = concernRows.map((c) => ({ ...c, submittedAt: new Date(c.submittedAt) }));
  const references = new Map(concerns.map((c) => [c.id, c.reference]));
  const [referrals, transferLines] = await Promise.all([
    Promise.all(
      referralRows.map(async (r) => ({
        ...(await decryptRow(db, 'Referral', r)),
        // A date column, read as Prisma reads one: midnight UTC.
        referredOn: new Date(`${r.referredOn}T00:00:00Z`),
        reference: references.get(r.concernId) ?? '',
      })),
    ),
    childTransfers(transfers),
  ]);
  const shown = whole ? events : events.slice(0, CHRONOLOGY_PAGE_SIZE);
  const open = concerns.filter((c) => c.status !== 'CLOSED');
  return {
    child,
    school: { name: schoolName },
    concerns,
    openConcerns: open,
    currentRisk: highestRisk(open.map((c) => c.riskLevel)),
    referrals,
    transfers: transferLines,
    chronology: shown.map((e) => ({ ...e, reference: references.get(e.concernId) ?? '' })),
    /** Where the next page of older entries starts (the last entry shown), or null at the oldest. */
    olderEntries:
      !whole && events.length > CHRONOLOGY_PAGE_SIZE ? shown[shown.length - 1]!.id.toString() : null,
    /** Whether this page is a page of older entries (it offers a way back to the newest). */
    olderPage: !whole && page.olderThan !== null,
  };
}

/** The record as stored (its protected columns sealed), its school's name, its cases and referrals. */
type OverviewRow = ChildRecord & {
  schoolName: string;
  concerns: {
    id: string;
    reference: string;
    status: ConcernStatus;
    riskLevel: RiskLevel | null;
    submittedAt: string;
    legalHold: boolean;
  }[];
  referrals: {
    id: string;
    concernId: string;
    destination: ReferralDestination;
    destinationOther: string | null;
    referredOn: string;
  }[];
  transfers: ChildTransferRow[];
};

type ChronologyRow = ConcernEvent & { actorName: string | null };

/**
 * The child's chronology with each entry's author: every entry oldest first (the PDF), or one page newest
 * first, older than the entry `olderThan` names (an id that is not one of this child's entries reads
 * nothing). One statement, then only the entries read are decrypted.
 */
async function readChronology(
  db: Db,
  childId: string,
  scope: Prisma.Sql,
  page: 'all' | { olderThan: bigint | null; take: number },
) {
  const rows =
    page === 'all'
      ? await db.$queryRaw<ChronologyRow[]>`
          SELECT e.*, u.name AS "actorName" FROM "ConcernEvent" e
          JOIN "Concern" c ON c.id = e."concernId" JOIN "ChildRecord" r ON r.id = c."childRecordId"
          LEFT JOIN "StaffUser" u ON u.id = e."actorId"
          WHERE r.id = ${childId}::uuid AND ${scope} ORDER BY e.at, e.id`
      : await db.$queryRaw<ChronologyRow[]>`
          SELECT e.*, u.name AS "actorName" FROM "ConcernEvent" e
          JOIN "Concern" c ON c.id = e."concernId" JOIN "ChildRecord" r ON r.id = c."childRecordId"
          LEFT JOIN "StaffUser" u ON u.id = e."actorId"
          WHERE r.id = ${childId}::uuid AND ${scope}
            ${page.olderThan === null ? Prisma.empty : Prisma.sql`AND (e.at, e.id) < (SELECT o.at, o.id FROM "ConcernEvent" o JOIN "Concern" oc ON oc.id = o."concernId" WHERE o.id = ${page.olderThan} AND oc."childRecordId" = ${childId}::uuid)`}
          ORDER BY e.at DESC, e.id DESC LIMIT ${page.take}`;
  return Promise.all(
    rows.map(async ({ actorName, ...row }) => ({
      ...(await decryptRow(db, 'ConcernEvent', row)),
      actor: actorName === null ? null : { name: actorName },
    })),
  );
}

export type ChildFile = NonNullable<Awaited<ReturnType<typeof readChildRecord>>>;

function highestRisk(levels: (RiskLevel | null)[]): RiskLevel | null {
  return levels.reduce<RiskLevel | null>(
    (high, level) =>
      level && (!high || RISK_ORDER.indexOf(level) > RISK_ORDER.indexOf(high)) ? level : high,
    null,
  );
}
