import 'server-only';
import type { IdTokenClaims } from 'openid-client';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { acceptInvitationsByProvider } from '../invitations/accept-invitation';

export interface ProviderSettings {
  id: string;
  partnershipId: string;
  kind: 'ENTRA' | 'GOOGLE' | 'OIDC';
  allowedDomains: string[];
}

export type AccountMatch =
  | { ok: true; userId: string; identityId: string; sessionVersion: number; totpEnrolled: boolean }
  | { ok: false; reason: 'no-email' | 'domain' | 'no-account' | 'other-subject' };

/** The provider's stable id for the person: Entra's object id (the same in every app), else `sub`. */
export function subjectOf(kind: ProviderSettings['kind'], claims: IdTokenClaims): string | null {
  const value = kind === 'ENTRA' ? (claims.oid ?? claims.sub) : claims.sub;
  return typeof value === 'string' && value.length > 0 && value.length <= 255 ? value : null;
}

/**
 * The email the provider vouches for. Google and other providers must say they verified it; Entra
 * issues no such claim, but the tenant is the partnership's own directory, so its address is its word.
 */
export function verifiedEmailOf(provider: ProviderSettings, claims: IdTokenClaims): string | null {
  const email =
    provider.kind === 'ENTRA'
      ? (claims.email ?? claims.preferred_username)
      : claims.email_verified === true
        ? claims.email
        : undefined;
  if (typeof email !== 'string' || !email.includes('@') || email.length > 320) return null;
  return email.trim().toLowerCase();
}

function domainAllowed(provider: ProviderSettings, email: string, claims: IdTokenClaims): boolean {
  if (provider.allowedDomains.length === 0) return true;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  // Google's hd is the Workspace the account belongs to: a personal address with a Workspace domain's
  // spelling has none.
  if (provider.kind === 'GOOGLE' && !provider.allowedDomains.includes(String(claims.hd ?? ''))) return false;
  return provider.allowedDomains.includes(domain);
}

const USER = {
  id: true,
  active: true,
  sessionVersion: true,
  totpEnrolledAt: true,
  memberships: { select: { partnershipId: true } },
} as const;

/**
 * The account a provider's person signs in to. First by the (provider, subject) bound at an earlier
 * sign-in, so a changed address at the provider finds the same account; otherwise by the verified email
 * of an active account holding a role in the provider's partnership, or of a live invitation there (then
 * accepted), which is then bound. Nobody else: no invitation, no account.
 */
export async function matchProviderAccount(
  provider: ProviderSettings,
  claims: IdTokenClaims,
): Promise<AccountMatch> {
  const subject = subjectOf(provider.kind, claims);
  const email = verifiedEmailOf(provider, claims);
  if (!subject) return { ok: false, reason: 'no-email' };
  const db = getDb();
  const bound = await db.signInIdentity.findUnique({
    where: { providerId_subject: { providerId: provider.id, subject } },
    select: { id: true, user: { select: USER } },
  });
  const here = (u: { active: boolean; memberships: { partnershipId: string }[] }) =>
    u.active && u.memberships.some((m) => m.partnershipId === provider.partnershipId);
  if (bound) {
    if (!here(bound.user)) return { ok: false, reason: 'no-account' };
    await db.signInIdentity.update({ where: { id: bound.id }, data: { lastUsedAt: new Date() } });
    return found(bound.user, bound.id);
  }
  if (!email) return { ok: false, reason: 'no-email' };
  if (!domainAllowed(provider, email, claims)) return { ok: false, reason: 'domain' };
  return db.$transaction(async (tx) => {
    let user = await tx.staffUser.findUnique({ where: { email }, select: USER });
    if (!user || !here(user)) {
      // Invited but not yet accepted: the provider's word for the address accepts the invitation.
      if (!(await acceptInvitationsByProvider(tx, email, provider.partnershipId)))
        return { ok: false, reason: 'no-account' } as const;
      user = await tx.staffUser.findUnique({ where: { email }, select: USER });
      if (!user || !here(user)) return { ok: false, reason: 'no-account' } as const;
    }
    // Someone already bound to another person at this provider: the address moved to someone else there.
    const other = await tx.signInIdentity.findFirst({ where: { providerId: provider.id, userId: user.id } });
    if (other) return { ok: false, reason: 'other-subject' } as const;
    const identity = await tx.signInIdentity.create({
      data: { providerId: provider.id, subject, userId: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'staff.sign-in-provider.bind',
      subject: 'SignInProvider',
      subjectId: provider.id,
      partnershipId: provider.partnershipId,
    });
    return found(user, identity.id);
  });
}

function found(
  user: { id: string; sessionVersion: number; totpEnrolledAt: Date | null },
  identityId: string,
): AccountMatch {
  return {
    ok: true,
    userId: user.id,
    identityId,
    sessionVersion: user.sessionVersion,
    totpEnrolled: user.totpEnrolledAt !== null,
  };
}
