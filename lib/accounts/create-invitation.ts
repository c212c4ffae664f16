import 'server-only';
import { UserFacingError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { appLink } from '@/lib/email/templates/render-email';
import { getEnv } from '@/lib/env';
import { roleSeesCaseContent } from '@/lib/auth/permissions';
import { insertInvitation, INVITATION_DAYS } from '@/lib/auth/invitations/insert-invitation';
import { newLinkToken } from '@/lib/auth/tokens';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import type { InvitationInput } from './invitation-schema';
import { invitationEmail } from './invitation-email';

export { INVITATION_DAYS };

/** A new random token: the link carries it, the database keeps only its SHA-256 (the sign-in code's rule). */
export const newInvitationToken = newLinkToken;

/**
 * Invites someone to a role. Refused, changing nothing, when they already hold that role there or have an
 * open invitation to it. The email is queued in the same transaction (sent after commit).
 */
export async function createInvitation(actorId: string, partnershipId: string, input: InvitationInput) {
  return getDb().$transaction((tx) => inviteInTransaction(tx, actorId, partnershipId, input));
}

/**
 * createInvitation's work in the caller's transaction, for work that invites as one of its steps (adding a
 * partnership with its first administrator). A null actor: the command line.
 */
export async function inviteInTransaction(
  tx: Tx,
  actorId: string | null,
  partnershipId: string,
  input: InvitationInput,
) {
  if (actorId) await refuseSelfGrant(tx, actorId, input);
  await refuseIfAlreadyThere(tx, partnershipId, input);
  // One way to make an invitation row, shared with the sign-in code that accepts it.
  const { id, token } = await insertInvitation(tx, {
    partnershipId,
    email: input.email,
    name: input.name,
    role: input.role,
    schoolId: input.schoolId,
    invitedById: actorId,
  });
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id },
    include: { school: { select: { name: true } }, partnership: { select: { name: true } } },
  });
  await sendInvitation(tx, invitation, token, 0);
  await recordAudit(tx, {
    actorId,
    action: 'invitation.create',
    subject: 'Invitation',
    subjectId: invitation.id,
    partnershipId,
    detail: { role: input.role, schoolId: input.schoolId },
  });
  return invitation;
}

/** Separation of duties: a role that sees concerns is given to an administrator by another administrator. */
async function refuseSelfGrant(tx: Tx, actorId: string, input: InvitationInput) {
  if (!roleSeesCaseContent(input.role)) return;
  const actor = await tx.staffUser.findUnique({ where: { id: actorId }, select: { email: true } });
  if (actor?.email === input.email.trim().toLowerCase()) {
    throw new UserFacingError(
      'You cannot give yourself a role that can see concerns. Ask another administrator to invite you.',
      'email',
    );
  }
}

async function refuseIfAlreadyThere(tx: Tx, partnershipId: string, input: InvitationInput) {
  // The school comes from the form: it must be an active school of this partnership.
  if (
    input.schoolId &&
    !(await tx.school.findFirst({ where: { id: input.schoolId, partnershipId, active: true } }))
  ) {
    throw new UserFacingError('Select the school', 'schoolId');
  }
  const where = { partnershipId, role: input.role, schoolId: input.schoolId };
  const member = await tx.membership.findFirst({ where: { ...where, user: { email: input.email } } });
  if (member) {
    throw new UserFacingError(
      'This person already has an account with this role. Nothing has been changed.',
      'email',
    );
  }
  const open = await tx.invitation.findFirst({
    where: {
      ...where,
      email: input.email,
      acceptedAt: null,
      cancelledAt: null,
      expiresAt: { gt: new Date() },
    },
  });
  if (open) {
    throw new UserFacingError(
      'This person has already been invited to this role. Resend that invitation from the people page instead.',
      'email',
    );
  }
}

export async function sendInvitation(
  tx: Tx,
  invitation: {
    id: string;
    email: string;
    name: string;
    role: InvitationInput['role'];
    expiresAt: Date;
    school: { name: string } | null;
    partnershipId: string;
    partnership: { name: string };
  },
  token: string,
  sendNumber: number,
) {
  const link = appLink(`/invitation/${token}`, await partnershipSite(tx, invitation.partnershipId));
  const email = invitationEmail({ ...invitation, link });
  const host = new URL(getEnv().APP_URL).hostname;
  await enqueueEmail(tx, {
    kind: 'staff.invitation',
    to: invitation.email,
    ...email,
    messageId: `<invitation.${invitation.id}.${sendNumber}.${Date.now()}@${host}>`,
    partnershipId: invitation.partnershipId,
  });
}
