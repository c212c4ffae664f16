import 'server-only';
import { UserFacingError } from '@/lib/errors';
import { inviteInTransaction } from '@/lib/accounts/create-invitation';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { partnershipSchema, type PartnershipInput } from './partnership-schema';

/**
 * Adds a partnership to the deployment (the operator's page and `npm run operator:create-partnership`):
 * the partnership, its retention policy at the defaults, and an emailed invitation for its first
 * administrator, in one transaction with their audit entries, so a failure at any step leaves nothing.
 * Bad input is refused with a plain message naming the field. A null actor: the command line.
 */
export async function createPartnership(
  actorId: string | null,
  raw: PartnershipInput,
): Promise<{ partnershipId: string }> {
  const parsed = partnershipSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserFacingError(issue.message, String(issue.path[0]));
  }
  const input = parsed.data;
  try {
    return await getDb().$transaction(async (tx) => {
      await refuseTaken(tx, input);
      await refuseOperatorAsAdmin(tx, actorId, input.adminEmail);
      const partnership = await tx.partnership.create({
        data: {
          name: input.name,
          slug: input.slug,
          frontDoorEmail: input.frontDoorEmail ?? null,
          languages: input.nation === 'wales' ? ['en', 'cy'] : ['en'],
        },
      });
      await tx.retentionPolicy.create({ data: { partnershipId: partnership.id } });
      await tx.partnershipHost.createMany({
        // The first address given is the one email links use (lib/email/partnership-site.ts).
        data: input.hostnames.map((hostname, i) => ({
          hostname,
          partnershipId: partnership.id,
          primary: i === 0,
        })),
      });
      await recordAudit(tx, {
        actorId,
        action: 'partnership.create',
        subject: 'Partnership',
        subjectId: partnership.id,
        partnershipId: partnership.id,
        detail: { slug: input.slug, hostnames: input.hostnames, nation: input.nation },
      });
      await inviteInTransaction(tx, actorId, partnership.id, {
        name: input.adminName,
        email: input.adminEmail,
        role: 'ADMIN',
        schoolId: null,
      });
      return { partnershipId: partnership.id };
    });
  } catch (error) {
    // Two people adding the same short name or address at once: the unique index decides, with the same message.
    if ((error as { code?: string }).code === 'P2002')
      throw JSON.stringify(error).includes('hostname') ? hostTaken() : slugTaken();
    throw error;
  }
}

const slugTaken = () =>
  new UserFacingError('A partnership already uses this short name. Choose another.', 'slug');

const hostTaken = () =>
  new UserFacingError('Another partnership already uses this web address. Choose another.', 'hostnames');

async function refuseTaken(tx: Tx, input: { name: string; slug: string; hostnames: string[] }) {
  if (await tx.partnership.findUnique({ where: { slug: input.slug }, select: { id: true } }))
    throw slugTaken();
  const sameName = await tx.partnership.findFirst({
    where: { name: { equals: input.name, mode: 'insensitive' } },
    select: { id: true },
  });
  if (sameName) throw new UserFacingError('A partnership with this name already exists.', 'name');
  if (
    await tx.partnershipHost.findFirst({
      where: { hostname: { in: input.hostnames } },
      select: { hostname: true },
    })
  )
    throw hostTaken();
}

/** Running the service and running a partnership are kept apart: the operator invites someone else. */
async function refuseOperatorAsAdmin(tx: Tx, actorId: string | null, adminEmail: string) {
  if (!actorId) return;
  const actor = await tx.staffUser.findUnique({ where: { id: actorId }, select: { email: true } });
  if (actor?.email === adminEmail) {
    throw new UserFacingError(
      'Invite someone else as the first administrator. The service operator does not run a partnership.',
      'adminEmail',
    );
  }
}
