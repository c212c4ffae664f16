import 'server-only';
import type { Tx } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { newLinkToken } from '../tokens';

export const INVITATION_DAYS = 7;

export interface NewInvitation {
  partnershipId: string;
  email: string;
  name: string;
  role: Role;
  /** For school roles (DSL, deputy DSL); null for partnership roles. */
  schoolId?: string | null;
  invitedById?: string | null;
  expiresAt?: Date;
}

/**
 * The one way to write an invitation row (the administrators' `createInvitation` in lib/accounts, which
 * checks and emails, and the tests share it). Returns the token for the emailed link /invitation/<token>;
 * only its hash is stored. Sending the email is the caller's.
 */
export async function insertInvitation(tx: Tx, input: NewInvitation): Promise<{ id: string; token: string }> {
  const { token, tokenHash } = newLinkToken();
  const created = await tx.invitation.create({
    data: {
      partnershipId: input.partnershipId,
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role,
      schoolId: input.schoolId ?? null,
      invitedById: input.invitedById ?? null,
      tokenHash,
      expiresAt: input.expiresAt ?? new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    },
  });
  return { id: created.id, token };
}
