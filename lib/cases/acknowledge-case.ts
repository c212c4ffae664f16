import 'server-only';
import type { z } from 'zod';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { acknowledgeSchema } from './case-form-schemas';
import { STALE_CASE_MESSAGE } from './change-case';
import { findCaseInScope } from './find-case-in-scope';
import { recordRefusedLookUp } from './record-refused-look-up';

/** "Mark as read" on the case record: acknowledges the case for a member of its team. Like every change,
 * it is refused when the case changed since the page was loaded, so what was read is what is marked. */
export async function acknowledgeCase(user: SessionUser, input: z.infer<typeof acknowledgeSchema>) {
  const found = await getDb().$transaction(async (tx) => {
    const concern = await findCaseInScope(tx, user, input.reference);
    if (!concern) return false;
    if (concern.version !== input.version) throw new UserFacingError(STALE_CASE_MESSAGE);
    await acknowledgeInTx(tx, user, concern.id);
    return true;
  });
  if (found) return;
  await recordRefusedLookUp(user, input.reference);
  throw new NotFoundError();
}

/**
 * Acknowledges a case the first time (firstOpenedAt, an OPENED entry, status NEW → OPENED), which stops
 * its escalation, and marks the reporter's messages read. Only a deliberate act of the team member does
 * this: the app's own navigation or Mark as read, never a link someone else sent them.
 */
export async function acknowledgeInTx(tx: Tx, user: SessionUser, concernId: string): Promise<void> {
  const now = new Date();
  // Only the first opening counts, even when two people open a new case at the same moment.
  const first = await tx.concern.updateMany({
    where: { id: concernId, firstOpenedAt: null },
    data: { firstOpenedAt: now, lastActivityAt: now, version: { increment: 1 } },
  });
  if (first.count === 1) {
    await tx.concern.updateMany({ where: { id: concernId, status: 'NEW' }, data: { status: 'OPENED' } });
    await tx.concernEvent.create({
      data: {
        concernId,
        actorId: user.id,
        at: now,
        kind: 'OPENED',
        summary: 'Opened for the first time: the concern is acknowledged.',
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'concern.open',
      subject: 'Concern',
      subjectId: concernId,
      concernId,
    });
  }
  await tx.message.updateMany({
    where: { concernId, author: 'REPORTER', readAt: null },
    data: { readAt: now },
  });
}
