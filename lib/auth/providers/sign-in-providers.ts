import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { endProviderSessions } from './provider-recheck-health';
import type { SignInProviderInput } from './sign-in-provider-schema';

// A partnership's work account sign-ins (Microsoft, Google, any OpenID Connect provider). Every read and
// write names the partnership the administrator acts for, next to the query: another partnership's
// provider is "not there". The client secret is written encrypted (lib/encryption) and never read back
// into a page: `select` below leaves it out.

const SHOWN = {
  id: true,
  kind: true,
  displayName: true,
  issuer: true,
  clientId: true,
  allowedDomains: true,
  mfaClaim: true,
  requireOurTotp: true,
  enabled: true,
} as const;

/** The settings that say how the provider is reached. */
const CONNECTION = ['kind', 'issuer', 'clientId', 'clientSecret'];

export type SignInProviderSettings = NonNullable<Awaited<ReturnType<typeof getSignInProvider>>>;

export function listSignInProviders(partnershipId: string) {
  return getDb().signInProvider.findMany({
    where: { partnershipId },
    select: SHOWN,
    orderBy: [{ enabled: 'desc' }, { displayName: 'asc' }, { id: 'asc' }],
  });
}

export function getSignInProvider(partnershipId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return getDb().signInProvider.findFirst({ where: { id, partnershipId }, select: SHOWN });
}

async function refuseDuplicateName(tx: Tx, partnershipId: string, displayName: string, exceptId?: string) {
  const clash = await tx.signInProvider.findFirst({
    where: {
      partnershipId,
      displayName: { equals: displayName, mode: 'insensitive' },
      id: exceptId ? { not: exceptId } : undefined,
    },
    select: { displayName: true },
  });
  if (clash)
    throw new UserFacingError(
      `There is already a sign-in called ${clash.displayName}. Nothing has been changed.`,
      'displayName',
    );
}

export function createSignInProvider(actorId: string, partnershipId: string, input: SignInProviderInput) {
  return getDb().$transaction(async (tx) => {
    await refuseDuplicateName(tx, partnershipId, input.displayName);
    const provider = await tx.signInProvider.create({
      data: { ...input, partnershipId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'sign-in-provider.create',
      subject: 'SignInProvider',
      subjectId: provider.id,
      partnershipId,
      detail: { kind: input.kind, enabled: input.enabled },
    });
    return provider;
  });
}

/**
 * A blank secret keeps the saved one. The audit entry names what changed, never the secret itself.
 * Switching it off ends every session signed in through it, in the same transaction (audited).
 */
export async function updateSignInProvider(
  actorId: string,
  partnershipId: string,
  id: string,
  input: SignInProviderInput,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const before = await tx.signInProvider.findFirst({ where: { id, partnershipId }, select: SHOWN });
    if (!before) throw new UserFacingError('This sign-in is no longer on the list');
    await refuseDuplicateName(tx, partnershipId, input.displayName, id);
    const { clientSecret, ...rest } = input;
    const changed: string[] = (Object.keys(rest) as (keyof typeof rest)[]).filter(
      (k) => JSON.stringify(rest[k]) !== JSON.stringify(before[k]),
    );
    if (clientSecret) changed.push('clientSecret');
    if (changed.length === 0) return;
    // New connection settings (a renewed secret, a corrected address) get a fresh start: the warning of
    // failing re-checks goes, and comes back only if the next ones fail too.
    const reconnected = changed.some((k) => CONNECTION.includes(k));
    await tx.signInProvider.update({
      where: { id },
      data: {
        ...(clientSecret ? { ...rest, clientSecret } : rest),
        ...(reconnected ? { recheckFailures: 0, recheckFailingSince: null, recheckFailure: null } : {}),
      },
    });
    await recordAudit(tx, {
      actorId,
      action: 'sign-in-provider.update',
      subject: 'SignInProvider',
      subjectId: id,
      partnershipId,
      detail: { changed },
    });
    if (before.enabled && !rest.enabled) await endProviderSessions(tx, actorId, { id, partnershipId });
  });
}
