import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import type { ClosingMessageInput } from './closing-message-schema';

// A partnership's closing messages: short words for parents whose report was closed, which the case team
// chooses from when closing (lib/cases/change-case-status.ts). Every read and write here names the
// partnership the administrator acts for, next to the query: another partnership's message is "not there".

export function listClosingMessages(partnershipId: string) {
  return getDb().closingMessage.findMany({
    where: { partnershipId },
    orderBy: [{ active: 'desc' }, { title: 'asc' }, { id: 'asc' }],
  });
}

export type ClosingMessage = NonNullable<Awaited<ReturnType<typeof getClosingMessage>>>;

export function getClosingMessage(partnershipId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return getDb().closingMessage.findFirst({ where: { id, partnershipId } });
}

async function refuseDuplicateTitle(tx: Tx, partnershipId: string, title: string, exceptId?: string) {
  const clash = await tx.closingMessage.findFirst({
    where: {
      partnershipId,
      title: { equals: title, mode: 'insensitive' },
      id: exceptId ? { not: exceptId } : undefined,
    },
  });
  if (clash)
    throw new UserFacingError(
      `There is already a message called ${clash.title}. Nothing has been changed.`,
      'title',
    );
}

export function createClosingMessage(actorId: string, partnershipId: string, input: ClosingMessageInput) {
  return getDb().$transaction(async (tx) => {
    await refuseDuplicateTitle(tx, partnershipId, input.title);
    const message = await tx.closingMessage.create({ data: { ...input, partnershipId } });
    await recordAudit(tx, {
      actorId,
      action: 'closing-message.create',
      subject: 'ClosingMessage',
      subjectId: message.id,
      partnershipId,
    });
    return message;
  });
}

/** Concerns already closed with it keep the words they were sent; a retired message is no longer offered. */
export async function updateClosingMessage(
  actorId: string,
  partnershipId: string,
  id: string,
  input: ClosingMessageInput,
) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.closingMessage.findFirst({ where: { id, partnershipId } });
    if (!before) throw new UserFacingError('This message is no longer on the list');
    await refuseDuplicateTitle(tx, partnershipId, input.title, id);
    const changed = (Object.keys(input) as (keyof ClosingMessageInput)[]).filter(
      (k) => input[k] !== before[k],
    );
    if (changed.length === 0) return;
    await tx.closingMessage.update({ where: { id }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'closing-message.update',
      subject: 'ClosingMessage',
      subjectId: id,
      partnershipId,
      detail: { changed },
    });
  });
}
