// Carrying out a confirmed request to leave: the worker calls this a batch at a time
// (lib/worker/start-worker.ts). Concerns go first, CONCERN_BATCH per transaction, through retention's own
// deleter (lib/retention/delete-expired-concerns.ts), so a crash loses at most a batch and the next call
// carries on. Then, in one last transaction, everything else of the partnership and its row: all of it or
// none (a failure part-way leaves the partnership whole but for its concerns, and the next call starts the
// step again). That step ends by destroying the partnership's data keys (crypto-shredding): what they sealed,
// in a backup or a dead tuple, can no longer be read with this database's keys. The PartnershipDeletion
// record (no foreign key to the partnership) and the audit trail, naming the keys destroyed, outlive it.
import type { Db, Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { revokeSessions } from '@/lib/auth/revoke-sessions';
import { CONCERN_BATCH, deleteConcernRows } from '@/lib/retention/delete-expired-concerns';
import { handOverHarmCategories } from './hand-over-harm-categories';

export type DeletionCounts = Record<string, number>;

/**
 * One step of deleting the oldest confirmed request's partnership. Returns true when there is more to do
 * at once. Safe with several workers: the request row is locked for the step (SKIP LOCKED), so two workers
 * never delete the same batch, and a step that finds nothing left to delete finishes the request.
 */
export async function deleteLeavingPartnership(db: Db, now: Date, batch = CONCERN_BATCH): Promise<boolean> {
  const step = await db.$transaction(
    async (tx) => {
      const [request] = await tx.$queryRaw<{ id: string; partnershipId: string; counts: DeletionCounts }[]>`
        SELECT id, "partnershipId", counts FROM "PartnershipDeletion"
        WHERE status = 'CONFIRMED' ORDER BY "decidedAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!request) return 'none';
      const { partnershipId } = request;
      const counts: DeletionCounts = { ...request.counts };
      const add = (name: string, n: number) => (counts[name] = (counts[name] ?? 0) + n);

      const concerns = await tx.concern.findMany({
        where: { partnershipId },
        orderBy: { id: 'asc' },
        take: batch,
        select: { id: true },
      });
      if (concerns.length > 0) {
        await deleteConcernRows(
          tx,
          concerns.map((c) => c.id),
        );
        add('concerns', concerns.length);
        await tx.partnershipDeletion.update({ where: { id: request.id }, data: { counts } });
        return 'more';
      }

      await deleteTheRest(tx, partnershipId, add);
      // Last, once nothing of the partnership is left to read: its keys. The audit entry names them.
      const destroyed = await tx.$queryRaw<{ id: string }[]>`
        DELETE FROM "DataKey" WHERE "partnershipId" = ${partnershipId}::uuid RETURNING id`;
      add('dataKeys', destroyed.length);
      await tx.partnershipDeletion.update({
        where: { id: request.id },
        data: { status: 'DONE', completedAt: now, counts },
      });
      // Service-wide (no partnership's page is left to show it); counts only, chained like every entry.
      await recordAudit(tx, {
        actorId: null,
        action: 'partnership.deleted',
        subject: 'PartnershipDeletion',
        subjectId: request.id,
        partnershipId: null,
        detail: { partnershipId, counts, dataKeysDestroyed: destroyed.map((k) => k.id).sort() },
      });
      return 'done';
    },
    { timeout: 120_000 },
  );
  // This process forgets the keys now; every other one within KEYRING_REFRESH_MS, when it reads them again.
  if (step === 'done') await db.$reloadEncryptionKeys();
  return step === 'more';
}

/** Everything of the partnership but its concerns (gone already), in an order its foreign keys allow. */
async function deleteTheRest(tx: Tx, partnershipId: string, add: (name: string, n: number) => void) {
  const where = { partnershipId };

  // Other partnerships' concerns keep their own data; only the links to this one go.
  await tx.concern.updateMany({
    where: { reportedViaPartnershipId: partnershipId },
    data: { reportedViaPartnershipId: null },
  });
  add(
    'concernMoves',
    (
      await tx.concernMove.deleteMany({
        where: { OR: [{ fromPartnershipId: partnershipId }, { toPartnershipId: partnershipId }] },
      })
    ).count,
  );
  // Files transferred between this partnership's schools and another's: the other's case keeps its
  // chronology entries; the transfer line (and a transfer still waiting for this partnership's answer) goes.
  add(
    'fileTransfers',
    (
      await tx.fileTransfer.deleteMany({
        where: { OR: [{ fromPartnershipId: partnershipId }, { toPartnershipId: partnershipId }] },
      })
    ).count,
  );

  // Records that hang off no concern any more.
  add(
    'childRecords',
    (await tx.childRecord.deleteMany({ where: { ...where, mergedIntoId: { not: null } } })).count,
  );
  add('childRecords', (await tx.childRecord.deleteMany({ where })).count);
  add('incidents', (await tx.incident.deleteMany({ where })).count);
  add('accountPatterns', (await tx.accountPattern.deleteMany({ where })).count);
  await tx.shareRequest.deleteMany({ where });
  await tx.reviewRequest.deleteMany({ where });
  await tx.patternReferral.deleteMany({ where });
  await tx.concernAccountIdentifier.deleteMany({ where });

  // Trends: the counts were the partnership's, and go with it.
  await tx.trendMember.deleteMany({ where });
  await tx.trendCell.deleteMany({ where });
  await tx.trendRetired.deleteMany({ where });
  await tx.platformResponseRetired.deleteMany({ where });
  add('trendFlags', (await tx.trendFlag.deleteMany({ where })).count);
  add('warnings', (await tx.platformWarning.deleteMany({ where })).count);
  add('deletionRecords', (await tx.deletionRecord.deleteMany({ where })).count);
  add('emails', (await tx.outboxEmail.deleteMany({ where })).count);

  // Staff: their roles here go; an account with no role left anywhere (and not the service operator) is
  // deactivated and signed out everywhere. Accounts with roles elsewhere keep those and their sessions.
  const members = await tx.membership.findMany({ where, select: { userId: true }, distinct: ['userId'] });
  add('memberships', (await tx.membership.deleteMany({ where })).count);
  add('invitations', (await tx.invitation.deleteMany({ where })).count);
  const orphans = await tx.staffUser.findMany({
    where: {
      id: { in: members.map((m) => m.userId) },
      active: true,
      memberships: { none: {} },
      serviceOperator: null,
    },
    select: { id: true },
  });
  for (const { id } of orphans) {
    await tx.staffUser.update({ where: { id }, data: { active: false } });
    await revokeSessions(tx, id);
  }
  add('staffDeactivated', orphans.length);

  // Settings, host names and reference data choices.
  add('signInProviders', (await tx.signInProvider.deleteMany({ where })).count);
  add('hosts', (await tx.partnershipHost.deleteMany({ where })).count);
  add('platformChoices', (await tx.partnershipPlatform.deleteMany({ where })).count);
  // Its own harm categories on other partnerships' concerns become theirs first (the label stays).
  add('harmCategoriesHandedOver', await handOverHarmCategories(tx, partnershipId));
  add('harmCategories', (await tx.harmCategory.deleteMany({ where })).count);
  await tx.closingMessage.deleteMany({ where });
  await tx.termDate.deleteMany({ where });
  await tx.languageReview.deleteMany({ where });
  await tx.catalogueOverride.deleteMany({ where });
  await tx.schoolImport.deleteMany({ where });
  await tx.retentionPolicy.deleteMany({ where });
  add('schools', (await tx.school.deleteMany({ where })).count);
  // deleteMany: a request whose partnership is already gone still finishes.
  await tx.partnership.deleteMany({ where: { id: partnershipId } });
}
