// Work-account sessions are re-checked with the provider at least every 12 hours (issue 19): the worker
// refreshes each live session's identity with its refresh token; a provider that refuses the person ends
// every session of theirs here; one that does not answer gets 24 hours. A real oidc-provider, real HTTP.
import { randomUUID } from 'node:crypto';
import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authOptions } from '@/lib/auth/auth-options';
import { findLiveSession } from '@/lib/auth/live-session';
import {
  finishProviderSignInHere,
  startProviderSignInHere,
} from '@/lib/auth/providers/provider-sign-in-steps';
import { recheckWorkAccounts } from '@/lib/auth/providers/recheck-work-accounts';
import { readPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in';
import { startStaffSession } from '@/lib/auth/sign-in/start-staff-session';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { makePartnership } from '../support/factories';
import { followToCallback, startTestProvider, type TestProvider } from '../support/oidc-test-provider';

const browser = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));

const HOUR = 3_600_000;
let idp: TestProvider;
let noRefresh: TestProvider;
let partnershipId: string;

beforeAll(async () => {
  idp = await startTestProvider(1, { refreshTokens: true });
  noRefresh = await startTestProvider(1);
  partnershipId = (await makePartnership({ name: 'Northshire' })).id;
});
afterAll(async () => {
  await idp.close();
  await noRefresh.close();
  await closeRateLimits();
});

function addProvider(at: TestProvider) {
  return getDb().signInProvider.create({
    data: {
      partnershipId,
      kind: 'OIDC',
      displayName: `Provider ${randomUUID().slice(0, 6)}`,
      issuer: at.issuer,
      clientId: at.clients[0]!.clientId,
      clientSecret: at.clients[0]!.clientSecret,
      allowedDomains: [],
    },
  });
}

/** A member of staff known to the provider, signed in through it with its multi-factor: their session. */
async function signedIn(at: TestProvider = idp) {
  const provider = await addProvider(at);
  const email = `dsl-${randomUUID().slice(0, 8)}@school.example`;
  const user = await getDb().staffUser.create({
    data: {
      email,
      name: 'Dee Lead',
      totpEnrolledAt: new Date(),
      memberships: { create: { partnershipId, role: 'PARTNERSHIP_STAFF' } },
    },
  });
  const sub = `sub-${randomUUID()}`;
  at.accounts.set(sub, { sub, email });
  browser.jar.clear();
  at.nextLogin = { sub, amr: ['pwd', 'mfa'] };
  const authorizationUrl = await startProviderSignInHere(provider.id, partnershipId, 'localhost');
  // Both test providers list offline_access in their discovery document, so it is asked for.
  expect(new URL(authorizationUrl).searchParams.get('scope')).toBe('openid email profile offline_access');
  const callbackUrl = await followToCallback(authorizationUrl);
  expect(await finishProviderSignInHere(callbackUrl, 'localhost')).toBe('/trends');
  const options = authOptions();
  const token = await decode({
    token: browser.jar.get(options.cookies!.sessionToken!.name),
    secret: options.secret!,
  });
  const sessionId = String(token?.sid);
  expect(await findLiveSession(sessionId)).toMatchObject({ id: user.id });
  const identity = await getDb().signInIdentity.findFirstOrThrow({ where: { userId: user.id } });
  return { user, sub, sessionId, identity, provider };
}

/** The last check was this long ago, as after a working day. */
function lastCheckedHoursAgo(identityId: string, hours: number) {
  return getDb().signInIdentity.update({
    where: { id: identityId },
    data: { checkedAt: new Date(Date.now() - hours * HOUR) },
  });
}

describe('re-checking work-account sessions with the provider', () => {
  it('keeps the refresh token encrypted, never in plain text', async () => {
    const { identity } = await signedIn();
    const [row] = await getDb().$queryRaw<{ refreshToken: string | null }[]>`
      SELECT "refreshToken" FROM "SignInIdentity" WHERE id = ${identity.id}::uuid`;
    expect(row?.refreshToken).toMatch(/^enc:v[12]:/);
  });

  it('a person disabled at the provider loses every session here at the next check', async () => {
    const { user, sub, sessionId, identity, provider } = await signedIn();
    const passwordSession = await getDb().staffSession.create({ data: { userId: user.id } });
    idp.accounts.get(sub)!.disabled = true;
    await lastCheckedHoursAgo(identity.id, 12);
    const result = await recheckWorkAccounts(getDb(), new Date());
    expect(result.ended).toBeGreaterThanOrEqual(1);
    expect(await findLiveSession(sessionId)).toBeNull();
    expect(await findLiveSession(passwordSession.id)).toBeNull();
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'staff.sign-in-provider.refused', subjectId: user.id },
    });
    expect(audit).toMatchObject({ partnershipId, actorId: null, detail: { providerId: provider.id } });
  });

  it('a healthy person keeps their session, checked again', async () => {
    const { sessionId, identity } = await signedIn();
    await lastCheckedHoursAgo(identity.id, 12);
    const before = Date.now();
    await recheckWorkAccounts(getDb(), new Date());
    expect(await findLiveSession(sessionId)).not.toBeNull();
    const after = await getDb().signInIdentity.findUniqueOrThrow({ where: { id: identity.id } });
    expect(after.checkedAt.getTime()).toBeGreaterThanOrEqual(before);
    const session = await getDb().staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.providerVouchedUntil!.getTime()).toBeGreaterThanOrEqual(before + 23 * HOUR);
  });

  it('asks the provider nothing before a check is due', async () => {
    const { sub, sessionId, identity } = await signedIn();
    idp.accounts.get(sub)!.disabled = true;
    await lastCheckedHoursAgo(identity.id, 1);
    await recheckWorkAccounts(getDb(), new Date());
    expect(await findLiveSession(sessionId)).not.toBeNull();
  });

  it('a provider that does not answer ends nothing at once; 24 hours after the last good check, it does', async () => {
    const { sessionId, identity, provider } = await signedIn();
    await getDb().signInProvider.update({
      where: { id: provider.id },
      data: { issuer: 'http://localhost:9' },
    });
    await lastCheckedHoursAgo(identity.id, 12);
    await recheckWorkAccounts(getDb(), new Date());
    expect(await findLiveSession(sessionId)).not.toBeNull();
    const session = await getDb().staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    // Not moved on by the failed check: still 24 hours after the sign-in, the last time the provider vouched.
    expect(session.providerVouchedUntil!.getTime()).toBeLessThanOrEqual(
      session.createdAt.getTime() + 24 * HOUR,
    );
    await getDb().staffSession.update({
      where: { id: sessionId },
      data: { providerVouchedUntil: new Date(Date.now() - 1000) },
    });
    expect(await findLiveSession(sessionId)).toBeNull();
  });

  it('a provider that gives no refresh token: the person signs in again after 12 hours', async () => {
    const { sessionId, identity } = await signedIn(noRefresh);
    const stored = await getDb().signInIdentity.findUniqueOrThrow({
      where: { id: identity.id },
      select: { refreshToken: true },
    });
    expect(stored.refreshToken).toBeNull();
    const session = await getDb().staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    const lasts = session.providerVouchedUntil!.getTime() - session.createdAt.getTime();
    expect(lasts).toBeGreaterThan(11.9 * HOUR);
    expect(lasts).toBeLessThanOrEqual(12 * HOUR);
  });
});

describe('a work-account sign-in finished with our authenticator code', () => {
  it('carries its identity through the code step, so the session is re-checked like any other', async () => {
    const provider = await addProvider(idp);
    const email = `dsl-${randomUUID().slice(0, 8)}@school.example`;
    const user = await getDb().staffUser.create({
      data: {
        email,
        name: 'Dee Lead',
        totpEnrolledAt: new Date(),
        memberships: { create: { partnershipId, role: 'PARTNERSHIP_STAFF' } },
      },
    });
    const sub = `sub-${randomUUID()}`;
    idp.accounts.set(sub, { sub, email });
    browser.jar.clear();
    idp.nextLogin = { sub, amr: ['pwd'] };
    const callbackUrl = await followToCallback(
      await startProviderSignInHere(provider.id, partnershipId, 'localhost'),
    );
    expect(await finishProviderSignInHere(callbackUrl, 'localhost')).toBe('/sign-in/code');
    const pending = await readPendingSignIn();
    const identity = await getDb().signInIdentity.findFirstOrThrow({ where: { userId: user.id } });
    expect(pending?.identityId).toBe(identity.id);
    await startStaffSession(user.id, 'totp', pending?.identityId);
    const session = await getDb().staffSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(session).toMatchObject({ identityId: identity.id });
    expect(session.providerVouchedUntil!.getTime() - session.createdAt.getTime()).toBeGreaterThan(23 * HOUR);
  });

  it('an identity that is not the account’s gives no long life', async () => {
    const { identity } = await signedIn();
    const other = await getDb().staffUser.create({
      data: {
        email: `other-${randomUUID().slice(0, 8)}@school.example`,
        name: 'Other',
        totpEnrolledAt: new Date(),
      },
    });
    await startStaffSession(other.id, 'totp', identity.id);
    const session = await getDb().staffSession.findFirstOrThrow({ where: { userId: other.id } });
    expect(session.identityId).toBeNull();
    expect(session.providerVouchedUntil!.getTime() - session.createdAt.getTime()).toBeLessThanOrEqual(
      12 * HOUR,
    );
  });
});
