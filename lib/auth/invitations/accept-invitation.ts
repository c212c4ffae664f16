import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import type { Invitation } from '@/lib/generated/prisma/client';
import { hashPassword } from '../hash-password';
import { roleSeesCaseContent } from '../permissions';
import { newTotpSecret } from '../totp';
import { hashLinkToken, isLinkTokenShaped } from '../tokens';

export type Acceptance =
  { ok: true; userId: string; sessionVersion: number; newAccount: boolean } | { ok: false };

/**
 * Accepts an invitation once (a conditional update, so a link used twice at the same moment works once).
 * A new address gets an account with the chosen name and password, ready to set up its authenticator; an
 * existing account just gains the invited role, and its password is left alone.
 */
export async function acceptInvitation(
  token: string,
  details: { name: string; password: string } | null,
): Promise<Acceptance> {
  if (!isLinkTokenShaped(token)) return { ok: false };
  const passwordHash = details ? await hashPassword(details.password) : null;
  return getDb().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
    if (!invitation) return { ok: false };
    return acceptFoundInvitation(
      tx,
      invitation,
      details && passwordHash ? { name: details.name, passwordHash } : null,
    );
  });
}

/**
 * Accepts every live invitation of one partnership for an address whose work account sign-in the
 * partnership's provider vouched for (lib/auth/providers/match-provider-account.ts): the same acceptance
 * as the link's, with the invited name and no password (the provider is how they sign in). False when
 * there is none.
 */
export async function acceptInvitationsByProvider(
  tx: Tx,
  email: string,
  partnershipId: string,
): Promise<boolean> {
  const invitations = await tx.invitation.findMany({
    where: { email, partnershipId, acceptedAt: null, cancelledAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  let accepted = false;
  for (const invitation of invitations) {
    const result = await acceptFoundInvitation(tx, invitation, { name: invitation.name, passwordHash: null });
    accepted ||= result.ok;
  }
  return accepted;
}

/**
 * One invitation accepted once (a conditional update, so two acceptances at the same moment make one).
 * A new address gets an account with the name and password hash given (none for a provider's sign-in),
 * ready to set up its authenticator; an existing account just gains the invited role.
 */
async function acceptFoundInvitation(
  tx: Tx,
  invitation: Invitation,
  newAccount: { name: string; passwordHash: string | null } | null,
): Promise<Acceptance> {
  const existing = await tx.staffUser.findUnique({ where: { email: invitation.email } });
  // Separation of duties, checked again here for invitations made before lib/accounts refused them:
  // nobody takes a role that sees concerns from an invitation they sent themselves.
  if (existing && existing.id === invitation.invitedById && roleSeesCaseContent(invitation.role))
    return { ok: false };
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, cancelledAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date() },
  });
  if (count !== 1) return { ok: false };
  if (!existing && !newAccount) throw new Error('a new account needs a name and password');
  const user =
    existing ??
    (await tx.staffUser.create({
      data: {
        email: invitation.email,
        name: newAccount!.name,
        passwordHash: newAccount!.passwordHash,
        totpSecret: newTotpSecret(),
      },
    }));
  const membership = {
    userId: user.id,
    partnershipId: invitation.partnershipId,
    schoolId: invitation.schoolId,
    role: invitation.role,
  };
  // Looked up rather than left to the unique index: Postgres treats two null school ids as different.
  if (!(await tx.membership.findFirst({ where: membership })))
    await tx.membership.create({ data: membership });
  await recordAudit(tx, {
    actorId: user.id,
    action: 'staff.invitation.accept',
    subject: 'invitation',
    subjectId: invitation.id,
    partnershipId: invitation.partnershipId,
    detail: { role: invitation.role, schoolId: invitation.schoolId, newAccount: !existing },
  });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, newAccount: !existing };
}
