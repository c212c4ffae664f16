import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginProviderSignIn, listEnabledProviders } from '@/lib/auth/providers/begin-provider-sign-in';
import { finishProviderSignIn } from '@/lib/auth/providers/finish-provider-sign-in';
import { checkStaffPassword } from '@/lib/auth/sign-in/check-staff-password';
import { hashPassword } from '@/lib/auth/hash-password';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { makePartnership } from '../support/factories';
import { startForgedProvider } from '../support/forged-id-token-provider';
import {
  followToCallback,
  startTestProvider,
  TEST_REDIRECT_URI,
  type TestProvider,
} from '../support/oidc-test-provider';

let idp: TestProvider;
let partnershipId: string;
let providerId: string;

beforeAll(async () => {
  idp = await startTestProvider(2);
  partnershipId = (await makePartnership({ name: 'Northshire' })).id;
  providerId = (await addProvider(partnershipId, idp.issuer, idp.clients[0]!)).id;
});
afterAll(async () => {
  await idp.close();
  await closeRateLimits();
});

function addProvider(
  partnership: string,
  issuer: string,
  client: { clientId: string; clientSecret: string },
  extra: { requireOurTotp?: boolean; enabled?: boolean; displayName?: string } = {},
) {
  return getDb().signInProvider.create({
    data: {
      partnershipId: partnership,
      kind: 'OIDC',
      displayName: extra.displayName ?? `Provider ${randomUUID().slice(0, 6)}`,
      issuer,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      allowedDomains: [],
      requireOurTotp: extra.requireOurTotp ?? false,
      enabled: extra.enabled ?? true,
    },
  });
}

/** A member of staff of the partnership (or none), known to the provider under a subject of its own. */
async function staffAtProvider(options: { member?: boolean; totp?: boolean } = {}) {
  const email = `dsl-${randomUUID().slice(0, 8)}@school.example`;
  const user = await getDb().staffUser.create({
    data: {
      email,
      name: 'Dee Lead',
      passwordHash: await hashPassword('otter lantern quietly'),
      totpEnrolledAt: options.totp === false ? null : new Date(),
      ...(options.member === false
        ? {}
        : { memberships: { create: { partnershipId, role: 'PARTNERSHIP_STAFF' } } }),
    },
  });
  const sub = `sub-${randomUUID()}`;
  idp.accounts.set(sub, { sub, email });
  return { user, sub, email };
}

/** The whole round trip: start, the provider's pages (real HTTP), back to our callback. */
async function signInThrough(sub: string, amr: string[], id = providerId) {
  idp.nextLogin = { sub, amr };
  const start = await beginProviderSignIn(id, partnershipId, TEST_REDIRECT_URI);
  if (!start.ok) throw new Error(`could not start: ${start.reason}`);
  const callbackUrl = await followToCallback(start.authorizationUrl);
  return { start, callbackUrl };
}

describe('signing in with a work account (a real OpenID Connect provider)', () => {
  it('offers only the enabled providers of the partnership the address serves', async () => {
    const other = await makePartnership({ name: 'Southvale' });
    await addProvider(other.id, idp.issuer, idp.clients[0]!, { displayName: 'Elsewhere' });
    await addProvider(partnershipId, idp.issuer, idp.clients[0]!, { displayName: 'Off', enabled: false });
    const offered = await listEnabledProviders(partnershipId);
    expect(offered.map((p) => p.id)).toEqual([providerId]);
    // Another partnership's provider, named in the link, is "not there" at this address.
    const [elsewhere] = await listEnabledProviders(other.id);
    expect(await beginProviderSignIn(elsewhere!.id, partnershipId, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });

  it('signs in with no second step of ours when the provider used multi-factor', async () => {
    const { user, sub } = await staffAtProvider();
    const { start, callbackUrl } = await signInThrough(sub, ['pwd', 'mfa']);
    const result = await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI);
    expect(result).toMatchObject({ ok: true, userId: user.id, providerMfa: true });
    const bound = await getDb().signInIdentity.findFirstOrThrow({ where: { userId: user.id } });
    expect(bound).toMatchObject({ providerId, subject: sub });
  });

  it('asks for our authenticator code when the provider did not use multi-factor', async () => {
    const { user, sub } = await staffAtProvider();
    const { start, callbackUrl } = await signInThrough(sub, ['pwd']);
    expect(await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI)).toMatchObject({
      ok: true,
      userId: user.id,
      providerMfa: false,
    });
  });

  it('asks for our code even after multi-factor when the administrator says so', async () => {
    const strict = await addProvider(partnershipId, idp.issuer, idp.clients[0]!, { requireOurTotp: true });
    const { sub } = await staffAtProvider();
    const { start, callbackUrl } = await signInThrough(sub, ['pwd', 'mfa'], strict.id);
    expect(await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI)).toMatchObject({
      ok: true,
      providerMfa: false,
    });
  });

  it('refuses someone the partnership never invited, and makes no account', async () => {
    const { user, sub } = await staffAtProvider({ member: false });
    const stranger = `sub-${randomUUID()}`;
    idp.accounts.set(stranger, { sub: stranger, email: `nobody-${randomUUID()}@school.example` });
    for (const who of [sub, stranger]) {
      const { start, callbackUrl } = await signInThrough(who, ['pwd', 'mfa']);
      expect(await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI)).toEqual({
        ok: false,
        reason: 'no-account',
      });
    }
    expect(await getDb().signInIdentity.count({ where: { userId: user.id } })).toBe(0);
    expect(await getDb().staffUser.count({ where: { email: { startsWith: 'nobody-' } } })).toBe(0);
  });

  it('accepts a live invitation for the address and makes that account, with no password', async () => {
    const email = `invited-${randomUUID().slice(0, 8)}@school.example`;
    const invite = (extra: { expiresAt?: Date; cancelledAt?: Date } = {}) =>
      getDb().invitation.create({
        data: {
          partnershipId,
          email,
          name: 'Ivy Invited',
          role: 'PARTNERSHIP_STAFF',
          tokenHash: randomUUID().replace(/-/g, '').padEnd(64, '0'),
          expiresAt: new Date(Date.now() + 86_400_000),
          ...extra,
        },
      });
    await invite({ expiresAt: new Date(Date.now() - 1000) });
    await invite({ cancelledAt: new Date() });
    const sub = `sub-${randomUUID()}`;
    idp.accounts.set(sub, { sub, email });
    const refused = await signInThrough(sub, ['mfa']);
    expect(
      await finishProviderSignIn(refused.start.flowCookie, refused.callbackUrl, TEST_REDIRECT_URI),
    ).toEqual({
      ok: false,
      reason: 'no-account',
    });
    const live = await invite();
    const { start, callbackUrl } = await signInThrough(sub, ['mfa']);
    const result = await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI);
    const account = await getDb().staffUser.findUniqueOrThrow({
      where: { email },
      omit: { passwordHash: false },
      include: { memberships: true },
    });
    expect(result).toMatchObject({ ok: true, userId: account.id, totpEnrolled: false, providerMfa: true });
    expect(account).toMatchObject({ name: 'Ivy Invited', passwordHash: null });
    expect(account.memberships).toMatchObject([{ partnershipId, role: 'PARTNERSHIP_STAFF' }]);
    expect(await getDb().invitation.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      acceptedAt: expect.any(Date),
    });
  });

  it('refuses an address the provider has not verified', async () => {
    const { sub } = await staffAtProvider();
    idp.accounts.get(sub)!.emailVerified = false;
    const { start, callbackUrl } = await signInThrough(sub, ['pwd', 'mfa']);
    expect(await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'no-account',
    });
  });

  it('finds the same account by its subject after the email changes at the provider', async () => {
    const { user, sub } = await staffAtProvider();
    const first = await signInThrough(sub, ['mfa']);
    await finishProviderSignIn(first.start.flowCookie, first.callbackUrl, TEST_REDIRECT_URI);
    idp.accounts.get(sub)!.email = `renamed-${randomUUID().slice(0, 8)}@school.example`;
    const again = await signInThrough(sub, ['mfa']);
    expect(
      await finishProviderSignIn(again.start.flowCookie, again.callbackUrl, TEST_REDIRECT_URI),
    ).toMatchObject({ ok: true, userId: user.id });
    expect(await getDb().staffUser.count({ where: { email: { startsWith: 'renamed-' } } })).toBe(0);
  });

  it('ends access for a deactivated account at once, whatever the provider says', async () => {
    const { user, sub } = await staffAtProvider();
    const first = await signInThrough(sub, ['mfa']);
    await finishProviderSignIn(first.start.flowCookie, first.callbackUrl, TEST_REDIRECT_URI);
    await getDb().staffUser.update({ where: { id: user.id }, data: { active: false } });
    const again = await signInThrough(sub, ['mfa']);
    expect(await finishProviderSignIn(again.start.flowCookie, again.callbackUrl, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'no-account',
    });
  });

  it('refuses a tampered state, a tampered cookie and a callback from another attempt', async () => {
    const { sub } = await staffAtProvider();
    const { start, callbackUrl } = await signInThrough(sub, ['mfa']);
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', 'tampered');
    expect(await finishProviderSignIn(start.flowCookie, tampered.toString(), TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'failed',
    });
    const [payload, signature] = start.flowCookie.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), nonce: 'x' })).toString('base64url')}.${signature}`;
    expect(await finishProviderSignIn(forged, callbackUrl, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'expired',
    });
    const other = await signInThrough(sub, ['mfa']);
    expect(await finishProviderSignIn(other.start.flowCookie, callbackUrl, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'failed',
    });
  });

  it('refuses a replayed callback: the code works once', async () => {
    const { user, sub } = await staffAtProvider();
    const { start, callbackUrl } = await signInThrough(sub, ['mfa']);
    expect(await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI)).toMatchObject({
      ok: true,
      userId: user.id,
    });
    expect(await finishProviderSignIn(start.flowCookie, callbackUrl, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'failed',
    });
  });

  it('refuses a code issued to another client (wrong audience) and a provider that is not the issuer', async () => {
    const { sub } = await staffAtProvider();
    // An attempt through our provider, but the code comes from the same provider for another client.
    const wrongClient = await addProvider(partnershipId, idp.issuer, idp.clients[1]!);
    const theirs = await signInThrough(sub, ['mfa'], wrongClient.id);
    const ours = await signInThrough(sub, ['mfa']);
    expect(await finishProviderSignIn(ours.start.flowCookie, theirs.callbackUrl, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'failed',
    });
    // A second provider: its code and issuer are not those this attempt started with.
    const otherIdp = await startTestProvider(1);
    try {
      otherIdp.accounts.set(sub, { sub, email: idp.accounts.get(sub)!.email });
      const stranger = await addProvider(partnershipId, otherIdp.issuer, otherIdp.clients[0]!);
      otherIdp.nextLogin = { sub, amr: ['mfa'] };
      const start = await beginProviderSignIn(stranger.id, partnershipId, TEST_REDIRECT_URI);
      if (!start.ok) throw new Error('could not start');
      const foreign = await followToCallback(start.authorizationUrl);
      expect(await finishProviderSignIn(ours.start.flowCookie, foreign, TEST_REDIRECT_URI)).toEqual({
        ok: false,
        reason: 'failed',
      });
    } finally {
      await otherIdp.close();
    }
  });

  it('says the provider is not available when it is down, and the password still works', async () => {
    const down = await startTestProvider(1);
    const provider = await addProvider(partnershipId, down.issuer, down.clients[0]!);
    await down.close();
    expect(await beginProviderSignIn(provider.id, partnershipId, TEST_REDIRECT_URI)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    const { email } = await staffAtProvider();
    expect(await checkStaffPassword(email, 'otter lantern quietly', '198.51.100.7')).toMatchObject({
      ok: true,
    });
  });
});

describe('an id token with a good signature but the wrong contents', () => {
  it('is refused when its issuer, audience or nonce is not this attempt’s; the honest one passes', async () => {
    const forged = await startForgedProvider('forged-client');
    try {
      const provider = await addProvider(partnershipId, forged.issuer, {
        clientId: 'forged-client',
        clientSecret: 'forged-secret',
      });
      const { user, sub } = await staffAtProvider();
      const attempt = async (claims: (honest: { iss: string; aud: string }) => Record<string, unknown>) => {
        const start = await beginProviderSignIn(provider.id, partnershipId, TEST_REDIRECT_URI);
        if (!start.ok) throw new Error('could not start');
        const flow = JSON.parse(Buffer.from(start.flowCookie.split('.')[0]!, 'base64url').toString()) as {
          state: string;
          nonce: string;
        };
        forged.nextClaims = (honest) => ({ sub, amr: ['mfa'], nonce: flow.nonce, ...claims(honest) });
        const callback = `${TEST_REDIRECT_URI}?code=anything&state=${flow.state}`;
        return finishProviderSignIn(start.flowCookie, callback, TEST_REDIRECT_URI);
      };
      const refused = { ok: false, reason: 'failed' };
      expect(await attempt((h) => ({ ...h, iss: 'https://someone-else.example' }))).toEqual(refused);
      expect(await attempt((h) => ({ ...h, aud: 'another-client' }))).toEqual(refused);
      expect(await attempt((h) => ({ ...h, nonce: 'not-this-attempt' }))).toEqual(refused);
      expect(await attempt((h) => ({ ...h, exp: Math.floor(Date.now() / 1000) - 600 }))).toEqual(refused);
      // The same provider, honest: so the refusals above are the id token's checks, not a broken set-up.
      // (No verified email here: the first sign-in binds by email, so the subject is bound first.)
      await getDb().signInIdentity.create({
        data: { providerId: provider.id, subject: sub, userId: user.id },
      });
      expect(await attempt((h) => h)).toMatchObject({ ok: true, userId: user.id, providerMfa: true });
    } finally {
      await forged.close();
    }
  });
});
