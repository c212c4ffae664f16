// The two requests of a work account sign-in as the route handlers make them, with the browser played by
// the test (a cookie jar and Next's own cookie serialisation, as in journey-cookie.test.ts) and a real
// OpenID Connect provider. Proves the provider path ends in the same StaffSession row and session cookie
// the password path makes, or at the same pending cookie before our authenticator step.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authOptions } from '@/lib/auth/auth-options';
import {
  finishProviderSignInHere,
  startProviderSignInHere,
} from '@/lib/auth/providers/provider-sign-in-steps';
import { findLiveSession } from '@/lib/auth/live-session';
import { decodePending } from '@/lib/auth/sign-in/pending-sign-in';
import { startStaffSession } from '@/lib/auth/sign-in/start-staff-session';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { decode } from 'next-auth/jwt';
import { makePartnership } from '../support/factories';
import { followToCallback, startTestProvider, type TestProvider } from '../support/oidc-test-provider';

const browser = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));

let idp: TestProvider;
let partnershipId: string;
let providerId: string;

beforeAll(async () => {
  idp = await startTestProvider(1);
  partnershipId = (await makePartnership({ name: 'Northshire' })).id;
  const client = idp.clients[0]!;
  providerId = (
    await getDb().signInProvider.create({
      data: {
        partnershipId,
        kind: 'OIDC',
        displayName: 'Test provider',
        issuer: idp.issuer,
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        allowedDomains: [],
      },
    })
  ).id;
});
afterAll(async () => {
  await idp.close();
  await closeRateLimits();
});

async function member() {
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
  return { user, sub };
}

/** Start, the provider's pages, and back: where the browser is sent after the callback. */
async function roundTrip(sub: string, amr: string[]) {
  browser.jar.clear();
  idp.nextLogin = { sub, amr };
  const authorizationUrl = await startProviderSignInHere(providerId, partnershipId, 'localhost');
  const callbackUrl = await followToCallback(authorizationUrl);
  return { callbackUrl, next: await finishProviderSignInHere(callbackUrl, 'localhost') };
}

describe('signing in with a work account, request by request', () => {
  it('with the provider’s multi-factor: a StaffSession and its cookie, as after a password and code', async () => {
    const { user, sub } = await member();
    const { next } = await roundTrip(sub, ['pwd', 'mfa']);
    expect(next).toBe('/trends');
    const options = authOptions();
    const token = await decode({
      token: browser.jar.get(options.cookies!.sessionToken!.name),
      secret: options.secret!,
    });
    const session = await findLiveSession(String(token?.sid));
    expect(session).toMatchObject({ id: user.id, partnership: { id: partnershipId } });
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'staff.sign-in', actorId: user.id },
    });
    expect(audit.detail).toEqual({ how: 'provider' });
  });

  it('without it: our authenticator step next, with no session yet', async () => {
    const { user, sub } = await member();
    const { next } = await roundTrip(sub, ['pwd']);
    expect(next).toBe('/sign-in/code');
    expect(decodePending(browser.jar.get('sg.signin')!)).toMatchObject({ userId: user.id });
    expect(browser.jar.has(authOptions().cookies!.sessionToken!.name)).toBe(false);
    expect(await getDb().staffSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it('a provider switched off while the person is at our authenticator step gives them no session', async () => {
    const { user, sub } = await member();
    await roundTrip(sub, ['pwd']);
    const pending = decodePending(browser.jar.get('sg.signin')!)!;
    expect(pending.identityId).toBeTruthy();
    await getDb().signInProvider.update({ where: { id: providerId }, data: { enabled: false } });
    try {
      // The code itself was right (the action checked it): the session would still come through the provider.
      await expect(startStaffSession(user.id, 'totp', pending.identityId)).rejects.toThrow(/switched off/);
      expect(await getDb().staffSession.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      await getDb().signInProvider.update({ where: { id: providerId }, data: { enabled: true } });
    }
  });

  it('a replayed callback finds no attempt to finish', async () => {
    const { sub } = await member();
    const { callbackUrl } = await roundTrip(sub, ['mfa']);
    expect(await finishProviderSignInHere(callbackUrl, 'localhost')).toBe('/sign-in?provider=expired');
  });

  it('a provider that is not this partnership’s goes nowhere', async () => {
    const other = await makePartnership({ name: 'Southvale' });
    expect(await startProviderSignInHere(providerId, other.id, 'localhost')).toBe(
      '/sign-in?provider=unknown',
    );
    expect(await startProviderSignInHere(providerId, null, 'localhost')).toBe('/sign-in?provider=unknown');
  });
});
