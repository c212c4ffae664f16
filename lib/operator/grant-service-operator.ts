import 'server-only';
import { UserFacingError } from '@/lib/errors';
import { isDeliverableEmail } from '@/lib/actions/text-fields';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';

export interface GrantResult {
  userId: string;
  /** A new account was made (its holder sets a password with "Forgotten your password?"). */
  created: boolean;
  /** They were the operator already: nothing changed. */
  alreadyOperator: boolean;
}

/**
 * Makes someone the service operator (npm run operator:grant): a grant for the whole deployment, never a
 * membership, so it brings no partnership role. An unknown address gets a new account only when a name is
 * given. Audited for no partnership (service-wide work, shown on no partnership's audit page).
 */
export async function grantServiceOperator(input: {
  email: string;
  name?: string;
  grantedById?: string | null;
}): Promise<GrantResult> {
  const email = input.email.trim().toLowerCase();
  if (!isDeliverableEmail(email)) {
    throw new UserFacingError('Enter an email address in the correct format, like name@example.org');
  }
  return getDb().$transaction(async (tx) => {
    let user = await tx.staffUser.findUnique({
      where: { email },
      select: { id: true, serviceOperator: { select: { userId: true } } },
    });
    const created = !user;
    if (!user) {
      const name = input.name?.trim();
      if (!name) throw new UserFacingError(`There is no staff account for ${email}. Give their name too.`);
      user = {
        ...(await tx.staffUser.create({ data: { email, name }, select: { id: true } })),
        serviceOperator: null,
      };
    }
    if (user.serviceOperator) return { userId: user.id, created, alreadyOperator: true };
    const grantedById = input.grantedById ?? null;
    await tx.serviceOperator.create({ data: { userId: user.id, grantedById } });
    await recordAudit(tx, {
      actorId: grantedById,
      action: 'operator.grant',
      subject: 'StaffUser',
      subjectId: user.id,
      partnershipId: null,
      detail: { created },
    });
    return { userId: user.id, created, alreadyOperator: false };
  });
}
