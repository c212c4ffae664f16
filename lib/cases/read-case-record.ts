import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { acknowledgeInTx } from './acknowledge-case';
import type { Prisma } from '@/lib/generated/prisma/client';
import { scopedSchoolIds } from './case-scope';
import { listCaseTeam } from './list-case-team';
import { findCaseInScope } from './find-case-in-scope';
import { reachedForReview } from './reached-for-review';
import { readAccessLog } from './read-access-log';
import { recordRefusedLookUp } from './record-refused-look-up';

export type CaseReadPurpose = 'view' | 'print' | 'pdf';

const AUDIT_ACTION: Record<CaseReadPurpose, string> = {
  view: 'concern.view',
  print: 'concern.print',
  pdf: 'concern.export.pdf',
};
/** The same reads by the front door through a parent's review (lib/reviews/), told apart in the log. */
const REVIEW_AUDIT_ACTION: Record<CaseReadPurpose, string> = {
  view: 'concern.review.view',
  print: 'concern.review.print',
  pdf: 'concern.review.pdf',
};

/** The same reads by a receiving school checking a file sent to it (lib/transfers/). */
const TRANSFER_AUDIT_ACTION: Record<CaseReadPurpose, string> = {
  view: 'concern.transfer.view',
  print: 'concern.transfer.print',
  pdf: 'concern.transfer.pdf',
};

/** The open transfer of this case to one of the user's schools, if any: its id, for the page's link. */
async function incomingTransfer(tx: Tx, user: SessionUser, concernId: string) {
  return tx.fileTransfer.findFirst({
    where: { concernId, status: 'SENT', toSchoolId: { in: scopedSchoolIds(user) } },
    select: { id: true },
  });
}

/**
 * Reads a whole case for someone allowed to see it, and records that they did, in one transaction.
 * Out of scope → null, with nothing read or written but a security entry (recordRefusedLookUp). A view acknowledges the case only when the caller
 * says the team member meant to open it (`acknowledge`: the app's own navigation, see isOwnNavigation);
 * a link from elsewhere shows the case and leaves it unopened, so escalation goes on. The access log comes
 * summarised, with one page of entries (`accessPage`, from 1) for the case page and none for print or PDF.
 */
export async function readCaseRecord(
  user: SessionUser,
  referenceOrId: string,
  purpose: CaseReadPurpose,
  options: { acknowledge?: boolean; accessPage?: number } = {},
) {
  const record = await getDb().$transaction(async (tx) => {
    const found = await findCaseInScope(tx, user, referenceOrId, undefined, 'read');
    if (!found) return null;
    // Shared with the front door by a school (lib/share-requests/): it reads, and changes nothing. A case of
    // one of the user's own schools is in their full reach as found; anything else is asked again.
    const ownSchool = found.schoolId !== null && scopedSchoolIds(user).includes(found.schoolId);
    const sharedReadOnly = !ownSchool && !(await findCaseInScope(tx, user, found.id));
    // Asked for a review by the parent (lib/reviews/): the same read-only reach, recorded as review access.
    const reviewReach = sharedReadOnly && (await reachedForReview(tx, user, found.id));
    // Sent to one of their schools as a child protection file, not yet accepted (lib/transfers/): the same.
    const transferReach = sharedReadOnly && !reviewReach ? await incomingTransfer(tx, user, found.id) : null;
    if (purpose === 'view' && options.acknowledge && !sharedReadOnly)
      await acknowledgeInTx(tx, user, found.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: (reviewReach ? REVIEW_AUDIT_ACTION : transferReach ? TRANSFER_AUDIT_ACTION : AUDIT_ACTION)[
        purpose
      ],
      subject: 'Concern',
      subjectId: found.id,
      concernId: found.id,
      partnershipId: found.partnershipId,
    });
    const record = await loadRecord(tx, found.id);
    const team = await listCaseTeam(tx, record);
    const access = await readAccessLog(tx, found.id, purpose === 'view' ? (options.accessPage ?? 1) : null);
    // What the team may choose to tell the reporter when closing: its own partnership's messages.
    const closingMessages =
      purpose === 'view'
        ? await tx.closingMessage.findMany({
            where: { partnershipId: record.partnershipId, active: true },
            orderBy: [{ title: 'asc' }, { id: 'asc' }],
            select: { id: true, title: true, body: true },
          })
        : [];
    return {
      ...record,
      team,
      access,
      closingMessages: sharedReadOnly ? [] : closingMessages,
      sharedReadOnly,
      reviewReach,
      transferReach,
    };
  });
  if (!record) await recordRefusedLookUp(user, referenceOrId);
  return record;
}

export type CaseRecord = NonNullable<Awaited<ReturnType<typeof readCaseRecord>>>;

/** Everything on a case record, with who did what by name. The subject access export reads the same. */
export const CASE_RECORD_INCLUDE = {
  school: { select: { name: true, urn: true } },
  reportedVia: { select: { name: true } },
  assignedTo: { select: { name: true } },
  platforms: { include: { platform: { select: { name: true } }, response: true } },
  accountIdentifiers: { orderBy: { createdAt: 'asc' }, include: { platform: { select: { name: true } } } },
  harms: { include: { harmCategory: { select: { name: true, isOther: true } } } },
  events: { orderBy: [{ at: 'asc' }, { id: 'asc' }], include: { actor: { select: { name: true } } } },
  messages: { orderBy: { createdAt: 'asc' }, include: { staff: { select: { name: true } } } },
  referrals: { orderBy: { referredOn: 'asc' }, include: { referredBy: { select: { name: true } } } },
} satisfies Prisma.ConcernInclude;

function loadRecord(tx: Tx, concernId: string) {
  return tx.concern.findUniqueOrThrow({
    where: { id: concernId },
    omit: { receiptHash: true, submissionKey: true },
    include: CASE_RECORD_INCLUDE,
  });
}

/**
 * A case as the PDF renderer takes it, for the partnership's own export (lib/partnership-export/): the
 * record, its team and its access log summary, read by id. The caller has already scoped the id to its
 * partnership and records the export itself; nothing here checks or writes.
 */
export async function loadCaseRecordForExport(tx: Tx, concernId: string): Promise<CaseRecord> {
  const record = await loadRecord(tx, concernId);
  const team = await listCaseTeam(tx, record);
  const access = await readAccessLog(tx, concernId, null);
  return {
    ...record,
    team,
    access,
    closingMessages: [],
    sharedReadOnly: false,
    reviewReach: false,
    transferReach: null,
  };
}
