import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { sealingFor } from '@/lib/encryption/seal-owner';
import { NotFoundError } from '@/lib/errors';
import type { Concern, Prisma } from '@/lib/generated/prisma/client';
import type { ConcernEventKind } from '@/lib/generated/prisma/enums';
import { findCaseInScope } from './find-case-in-scope';
import { recordRefusedLookUp } from './record-refused-look-up';

export const STALE_CASE_MESSAGE =
  'This case changed since you opened it. Check the latest entries, then try again.';

export interface CaseChange {
  /** The chronology entry this change adds. */
  event: { kind: ConcernEventKind; summary: string; detail?: Prisma.InputJsonValue };
  /** Fields of the concern to change with it (status, risk, assignment…). */
  patch?: Prisma.ConcernUncheckedUpdateManyInput;
  /** What the audit entry says changed: ids and field names, never case content. */
  auditDetail?: Prisma.InputJsonValue;
  /**
   * Changes the person asked for in the same step (the status and assignment that follow a referral): each
   * adds its own chronology and audit entry, and all of them take the one version check.
   */
  alongside?: { auditAction: string; change: CaseChange }[];
}

/**
 * The one way a case changes: in one transaction, load it through the user's scope (another school's
 * case is "not found": a NotFoundError, and nothing is written but a security entry), refuse a stale
 * edit, apply the change, add its chronology entry and its audit entry (and those of each change asked
 * for alongside it). `decide` may throw UserFacingError to refuse with a message.
 */
export async function changeCase(
  user: SessionUser,
  target: { reference: string; version: number },
  auditAction: string,
  decide: (tx: Tx, concern: Concern) => Promise<CaseChange>,
): Promise<{ concernId: string; eventId: bigint }> {
  const changed = await getDb().$transaction(async (tx) => {
    const concern = await findCaseInScope(tx, user, target.reference);
    if (!concern) return null;
    if (concern.version !== target.version) throw new UserFacingError(STALE_CASE_MESSAGE);
    const change = await decide(tx, concern);
    const now = new Date();
    const changes = [{ auditAction, change }, ...(change.alongside ?? [])];
    const patch = Object.assign({}, ...changes.map((c) => c.change.patch)) as typeof change.patch;
    // The version in the where-clause makes a concurrent edit that slipped in since the read lose cleanly.
    // A protected value in the patch (an outcome, a hold's reason) is sealed with the partnership's keys
    // without a look-up; a patch that moves the case names its new partnership, which wins.
    const updated = await sealingFor(concern.partnershipId, () =>
      tx.concern.updateMany({
        where: { id: concern.id, version: target.version },
        data: { ...patch, version: { increment: 1 }, lastActivityAt: now },
      }),
    );
    if (updated.count !== 1) throw new UserFacingError(STALE_CASE_MESSAGE);
    // The case's partnership as this change leaves it (passing it on moves it), for the audit entries:
    // known here, so recordAudit need not read the concern back.
    const partnershipId =
      typeof patch?.partnershipId === 'string' ? patch.partnershipId : concern.partnershipId;
    const eventIds: bigint[] = [];
    for (const { auditAction: action, change: each } of changes) {
      // Sealed with the partnership's keys it has now, named here so no statement has to look it up.
      const event = await sealingFor(partnershipId, () =>
        tx.concernEvent.create({ data: { concernId: concern.id, actorId: user.id, at: now, ...each.event } }),
      );
      await recordAudit(tx, {
        actorId: user.id,
        action,
        subject: 'Concern',
        subjectId: concern.id,
        concernId: concern.id,
        partnershipId,
        detail: { eventId: event.id.toString(), ...(each.auditDetail as object | undefined) },
      });
      eventIds.push(event.id);
    }
    return { concernId: concern.id, eventId: eventIds[0] as bigint };
  });
  if (changed) return changed;
  await recordRefusedLookUp(user, target.reference);
  throw new NotFoundError();
}
