import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { NotFoundError, UserFacingError } from '@/lib/errors';
import type { PartnershipHostInput } from './partnership-schema';

// The service operator adds or removes a web address, or chooses the one email links use, of an existing partnership (the hostname is the
// table's key, so no two partnerships can share one). Each change and its audit entry commit together.

const hostTaken = () =>
  new UserFacingError('Another partnership already uses this web address. Choose another.', 'hostname');

export async function addPartnershipHost(actorId: string, input: PartnershipHostInput): Promise<void> {
  try {
    await getDb().$transaction(async (tx) => {
      const partnership = await tx.partnership.findUnique({ where: { id: input.partnershipId } });
      if (!partnership) throw new NotFoundError();
      const taken = await tx.partnershipHost.findUnique({ where: { hostname: input.hostname } });
      if (taken?.partnershipId === input.partnershipId)
        throw new UserFacingError('This partnership already uses this web address.', 'hostname');
      if (taken) throw hostTaken();
      const hasPrimary = await tx.partnershipHost.count({
        where: { partnershipId: input.partnershipId, primary: true },
      });
      await tx.partnershipHost.create({ data: { ...input, primary: hasPrimary === 0 } });
      await audit(tx, actorId, 'partnership.host.create', input);
    });
  } catch (error) {
    // Two operators adding the same address at once: the primary key decides, with the same message.
    if ((error as { code?: string }).code === 'P2002') throw hostTaken();
    throw error;
  }
}

export async function removePartnershipHost(actorId: string, input: PartnershipHostInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    // Lock the partnership's addresses, so two removals at once cannot leave it with none.
    const hosts = await tx.$queryRaw<{ hostname: string; primary: boolean }[]>`
      SELECT hostname, "primary" FROM "PartnershipHost" WHERE "partnershipId" = ${input.partnershipId}::uuid
      ORDER BY "createdAt", hostname FOR UPDATE`;
    const removed = hosts.find((h) => h.hostname === input.hostname);
    if (!removed) throw new NotFoundError();
    if (hosts.length === 1)
      throw new UserFacingError(
        'A partnership needs at least one web address. Add the new one before removing this one.',
        'hostname',
      );
    await tx.partnershipHost.delete({ where: { hostname: input.hostname } });
    // Email links move to the oldest address left.
    const next = hosts.find((h) => h.hostname !== input.hostname)!;
    if (removed.primary)
      await tx.partnershipHost.update({ where: { hostname: next.hostname }, data: { primary: true } });
    await audit(tx, actorId, 'partnership.host.delete', input);
  });
}

/** Email links and printed proof use this address from now on (lib/email/partnership-site.ts). */
export async function makePartnershipHostPrimary(
  actorId: string,
  input: PartnershipHostInput,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const hosts = await tx.$queryRaw<{ hostname: string }[]>`
      SELECT hostname FROM "PartnershipHost" WHERE "partnershipId" = ${input.partnershipId}::uuid FOR UPDATE`;
    if (!hosts.some((h) => h.hostname === input.hostname)) throw new NotFoundError();
    await tx.partnershipHost.updateMany({
      where: { partnershipId: input.partnershipId, primary: true },
      data: { primary: false },
    });
    await tx.partnershipHost.update({ where: { hostname: input.hostname }, data: { primary: true } });
    await audit(tx, actorId, 'partnership.host.primary', input);
  });
}

function audit(tx: Tx, actorId: string, action: string, input: PartnershipHostInput) {
  return recordAudit(tx, {
    actorId,
    action,
    subject: 'Partnership',
    subjectId: input.partnershipId,
    partnershipId: input.partnershipId,
    detail: { hostname: input.hostname },
  });
}
