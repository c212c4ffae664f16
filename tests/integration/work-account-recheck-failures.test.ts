// A provider whose re-checks keep failing is made visible (issue 19): its partnership's administrators see
// a warning (why, the last good answer, which sessions will end and when) and are emailed at most once a
// day while it lasts; switching the provider off ends the sessions signed in through it (audited) and
// stops its re-checks. A real oidc-provider, real HTTP: an expired client secret is one the provider
// refuses, an unreachable provider is a closed port.
import { randomUUID } from 'node:crypto';
import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authOptions } from '@/lib/auth/auth-options';
import { findLiveSession } from '@/lib/auth/live-session';
import {
  finishProviderSignInHere,
  startProviderSignInHere,
} from '@/lib/auth/providers/provider-sign-in-steps';
import { providerRecheckWarnings } from '@/lib/auth/providers/provider-recheck-health';
import { recheckWorkAccounts } from '@/lib/auth/providers/recheck-work-accounts';
import { updateSignInProvider } from '@/lib/auth/providers/sign-in-providers';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { makePartnership } from '../support/factories';
import { followToCallback, startTestProvider, type TestProvider } from '../support/oidc-test-provider';

const browser = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));

const HOUR = 3_600_000;
const KIND = 'staff.sign-in-provider-failing';
let idp: TestProvider;

beforeAll(async () => {
  idp = await startTestProvider(1, { refreshTokens: true });
});
afterAll(async () => {
  await idp.close();
  await closeRateLimits();
});

/** A partnership with two active administrators and one who has left. */
async function partnershipWithAdmins() {
  const partnership = await makePartnership({ name: `Shire ${randomUUID().slice(0, 6)}` });
  const admin = (active = true) =>
    getDb().staffUser.create({
      data: {
        email: `admin-${randomUUID().slice(0, 8)}@council.example`,
        name: 'Ad Min',
        active,
        memberships: { create: { partnershipId: partnership.id, role: 'ADMIN' } },
      },
    });
  return {
    partnershipId: partnership.id,
    admins: [await admin(), await admin()],
    leaver: await admin(false),
  };
}

async function addProvider(partnershipId: string) {
  return getDb().signInProvider.create({
    data: {
      partnershipId,
      kind: 'OIDC',
      displayName: `Provider ${randomUUID().slice(0, 6)}`,
      issuer: idp.issuer,
      clientId: idp.clients[0]!.clientId,
      clientSecret: idp.clients[0]!.clientSecret,
      allowedDomains: [],
    },
  });
}

/** A member of staff of the partnership signed in through the provider with its multi-factor. */
async function signedIn(partnershipId: string, providerId: string) {
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
  idp.nextLogin = { sub, amr: ['pwd', 'mfa'] };
  const callbackUrl = await followToCallback(
    await startProviderSignInHere(providerId, partnershipId, 'localhost'),
  );
  expect(await finishProviderSignInHere(callbackUrl, 'localhost')).toBe('/trends');
  const options = authOptions();
  const token = await decode({
    token: browser.jar.get(options.cookies!.sessionToken!.name),
    secret: options.secret!,
  });
  const sessionId = String(token?.sid);
  expect(await findLiveSession(sessionId)).toMatchObject({ id: user.id });
  const identity = await getDb().signInIdentity.findFirstOrThrow({ where: { userId: user.id } });
  // As after a working day: the re-check is due.
  await getDb().signInIdentity.update({
    where: { id: identity.id },
    data: { checkedAt: new Date(Date.now() - 12 * HOUR) },
  });
  return { user, sub, sessionId, identityId: identity.id };
}

function emailsAbout(partnershipId: string) {
  return getDb().outboxEmail.findMany({
    where: { kind: KIND, partnershipId },
    select: { toAddress: true, textBody: true, subject: true },
  });
}

const recheck = (at = new Date()) => recheckWorkAccounts(getDb(), at);

function settingsOf(provider: Awaited<ReturnType<typeof addProvider>>, enabled: boolean) {
  const { kind, displayName, issuer, clientId, allowedDomains, mfaClaim, requireOurTotp } = provider;
  return {
    kind,
    displayName,
    issuer,
    clientId,
    clientSecret: '',
    allowedDomains,
    mfaClaim,
    requireOurTotp,
    enabled,
  };
}

describe('a provider whose re-checks keep failing', () => {
  it('an expired client secret: warned after the second failure in a row, emailed once a day, cleared when it works', async () => {
    const { partnershipId, admins, leaver } = await partnershipWithAdmins();
    const other = await partnershipWithAdmins();
    const provider = await addProvider(partnershipId);
    const { sessionId, identityId } = await signedIn(partnershipId, provider.id);
    const lastGood = (await getDb().signInIdentity.findUniqueOrThrow({ where: { id: identityId } }))
      .checkedAt;
    // The secret the provider knows has expired: it refuses our client (invalid_client).
    await getDb().signInProvider.update({
      where: { id: provider.id },
      data: { clientSecret: `expired-${'y'.repeat(32)}` },
    });

    await recheck();
    // One failure is a blip, retried at the next run: no warning, no email yet.
    expect(await providerRecheckWarnings(partnershipId)).toEqual([]);
    expect(await emailsAbout(partnershipId)).toHaveLength(0);

    await recheck();
    const session = await getDb().staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    const [warning, ...more] = await providerRecheckWarnings(partnershipId);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({
      id: provider.id,
      failure: 'refused-us',
      lastGoodAnswer: lastGood,
      sessions: 1,
      firstEnds: session.providerVouchedUntil,
    });
    // Not ended by the failures: it lasts until the provider's last word runs out.
    expect(await findLiveSession(sessionId)).not.toBeNull();
    const sent = await emailsAbout(partnershipId);
    expect(sent.map((e) => e.toAddress).sort()).toEqual(admins.map((a) => a.email).sort());
    expect(sent.map((e) => e.toAddress)).not.toContain(leaver.email);
    expect(sent[0]!.textBody).toContain(`Sign in with ${provider.displayName}`);
    expect(sent[0]!.textBody).toContain('client secret may have expired');
    expect(sent[0]!.textBody).toContain('1 staff session signed in through it will end');
    // Another partnership's administrators hear nothing and see nothing of it.
    expect(await emailsAbout(other.partnershipId)).toHaveLength(0);
    expect(await providerRecheckWarnings(other.partnershipId)).toEqual([]);

    // Failing again the same day: still the warning, no second email.
    await recheck();
    expect(await providerRecheckWarnings(partnershipId)).toHaveLength(1);
    expect(await emailsAbout(partnershipId)).toHaveLength(2);

    // A day after the last email, still failing: emailed again.
    await getDb().signInProvider.update({
      where: { id: provider.id },
      data: { recheckWarnedAt: new Date(Date.now() - 24 * HOUR - 60_000) },
    });
    await recheck();
    expect(await emailsAbout(partnershipId)).toHaveLength(4);

    // A new secret saved: the next check works, the warning goes, the session is vouched for again.
    await getDb().signInProvider.update({
      where: { id: provider.id },
      data: { clientSecret: idp.clients[0]!.clientSecret },
    });
    await recheck();
    expect(await providerRecheckWarnings(partnershipId)).toEqual([]);
    const after = await getDb().staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(after.providerVouchedUntil!.getTime()).toBeGreaterThan(session.providerVouchedUntil!.getTime());
    expect(await emailsAbout(partnershipId)).toHaveLength(4);
  });

  it('a provider that cannot be reached is warned of as unreachable', async () => {
    const { partnershipId, admins } = await partnershipWithAdmins();
    const provider = await addProvider(partnershipId);
    const { sessionId } = await signedIn(partnershipId, provider.id);
    await getDb().signInProvider.update({
      where: { id: provider.id },
      data: { issuer: 'http://localhost:9' },
    });
    await recheck();
    await recheck();
    expect(await providerRecheckWarnings(partnershipId)).toMatchObject([
      { id: provider.id, failure: 'unreachable', sessions: 1 },
    ]);
    const sent = await emailsAbout(partnershipId);
    expect(sent).toHaveLength(admins.length);
    expect(sent[0]!.textBody).toContain('could not reach the service');
    expect(await findLiveSession(sessionId)).not.toBeNull();

    // The administrator corrects the address: the warning goes at once, before the next re-check.
    await updateSignInProvider(admins[0]!.id, partnershipId, provider.id, settingsOf(provider, true));
    expect(await providerRecheckWarnings(partnershipId)).toEqual([]);
  });
});

describe('switching a provider off', () => {
  it('ends the sessions signed in through it, not the person’s others, audited; its re-checks stop', async () => {
    const { partnershipId, admins } = await partnershipWithAdmins();
    const provider = await addProvider(partnershipId);
    const { user, sub, sessionId, identityId } = await signedIn(partnershipId, provider.id);
    const passwordSession = await getDb().staffSession.create({ data: { userId: user.id } });
    // Failing, and so warned of, before it is switched off.
    await getDb().signInProvider.update({
      where: { id: provider.id },
      data: { clientSecret: `expired-${'y'.repeat(32)}` },
    });
    await recheck();
    await recheck();
    expect(await providerRecheckWarnings(partnershipId)).toHaveLength(1);
    const emailed = (await emailsAbout(partnershipId)).length;

    // Another partnership's administrator cannot reach it: "no longer on the list", nothing ended.
    const other = await partnershipWithAdmins();
    await expect(
      updateSignInProvider(
        other.admins[0]!.id,
        other.partnershipId,
        provider.id,
        settingsOf(provider, false),
      ),
    ).rejects.toThrow('This sign-in is no longer on the list');
    expect(await findLiveSession(sessionId)).not.toBeNull();

    await updateSignInProvider(admins[0]!.id, partnershipId, provider.id, settingsOf(provider, false));
    expect(await findLiveSession(sessionId)).toBeNull();
    expect(await findLiveSession(passwordSession.id)).not.toBeNull();
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'sign-in-provider.sessions-ended', subjectId: provider.id },
    });
    expect(audit).toMatchObject({ actorId: admins[0]!.id, partnershipId, detail: { sessions: 1 } });
    expect(await providerRecheckWarnings(partnershipId)).toEqual([]);

    // Its re-checks stop: a new session through it (signed in just before) is not asked about, even
    // when the person has left at the provider, and no more failures or email are counted.
    await getDb().staffSession.create({
      data: { userId: user.id, identityId, providerVouchedUntil: new Date(Date.now() + 12 * HOUR) },
    });
    await getDb().signInIdentity.update({
      where: { id: identityId },
      data: { checkedAt: new Date(Date.now() - 12 * HOUR) },
    });
    idp.accounts.get(sub)!.disabled = true;
    await recheck();
    await recheck();
    const identity = await getDb().signInIdentity.findUniqueOrThrow({
      where: { id: identityId },
      select: { refreshToken: true, checkedAt: true },
    });
    expect(identity.refreshToken).toMatch(/\S/);
    expect(identity.checkedAt.getTime()).toBeLessThan(Date.now() - 11 * HOUR);
    const row = await getDb().signInProvider.findUniqueOrThrow({ where: { id: provider.id } });
    expect(row.recheckFailures).toBe(0);
    expect(await emailsAbout(partnershipId)).toHaveLength(emailed);

    // Switching it on again ends nothing more and writes no second "sessions ended".
    await updateSignInProvider(admins[0]!.id, partnershipId, provider.id, settingsOf(provider, true));
    expect(
      await getDb().auditEntry.count({
        where: { action: 'sign-in-provider.sessions-ended', subjectId: provider.id },
      }),
    ).toBe(1);
  });
});
