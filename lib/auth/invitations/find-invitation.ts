import 'server-only';
import { getDb } from '@/lib/db';
import { hashLinkToken, isLinkTokenShaped } from '../tokens';

export interface OpenInvitation {
  id: string;
  email: string;
  name: string;
  /** The invited address already has an account: accepting adds the role to it. */
  hasAccount: boolean;
}

/** An invitation that can still be accepted: not expired, accepted or cancelled. */
export async function findOpenInvitation(token: string): Promise<OpenInvitation | null> {
  if (!isLinkTokenShaped(token)) return null;
  const db = getDb();
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!invitation || invitation.acceptedAt || invitation.cancelledAt || invitation.expiresAt <= new Date())
    return null;
  const account = await db.staffUser.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { id: invitation.id, email: invitation.email, name: invitation.name, hasAccount: account !== null };
}
