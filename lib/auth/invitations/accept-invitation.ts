import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
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
    if (!existing && !(details && passwordHash)) throw new Error('a new account needs a name and password');
    const user =
      existing ??
      (await tx.staffUser.create({
        data: { email: invitation.email, name: details!.name, passwordHash, totpSecret: newTotpSecret() },
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
  });
}
