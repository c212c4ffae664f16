import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/hash-password';
import { changePassword } from '@/lib/auth/password/change-password';
import { requestPasswordReset } from '@/lib/auth/password/request-password-reset';
import { findResetLink, resetPassword } from '@/lib/auth/password/reset-password';
import { getDb } from '@/lib/db';
import { closeRateLimits, LIMITS } from '@/lib/rate-limit/rate-limit';
import { statementsSent } from '../support/statements-sent';

afterAll(() => closeRateLimits());

async function makeStaff() {
  const email = `staff-${randomBytes(4).toString('hex')}@school.example`;
  return getDb().staffUser.create({
    data: { email, name: 'Sam Staff', passwordHash: await hashPassword('otter lantern quietly') },
  });
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomBytes(2).toString('hex')}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function emailedToken(to: string): Promise<string> {
  const mail = await getDb().outboxEmail.findFirstOrThrow({
    where: { toAddress: to },
    orderBy: { createdAt: 'desc' },
  });
  const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
  if (!token) throw new Error('no link in the email');
  return token;
}

async function storedHash(userId: string) {
  const row = await getDb().staffUser.findUniqueOrThrow({
    where: { id: userId },
    omit: { passwordHash: false },
  });
  return row.passwordHash;
}

describe('forgotten password', () => {
  it('queues one email for an account, and nothing for an unknown address', async () => {
    const staff = await makeStaff();
    const before = await getDb().outboxEmail.count();
    await requestPasswordReset('nobody@school.example', address());
    expect(await getDb().outboxEmail.count()).toBe(before);
    await requestPasswordReset(staff.email, address());
    const token = await emailedToken(staff.email);
    const stored = await getDb().passwordToken.findFirstOrThrow({ where: { userId: staff.id } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000);
  });

  it('answers in the same time whether or not the address has an account', async () => {
    const runs = 25;
    const accounts: { email: string }[] = [];
    for (let i = 0; i <= runs; i += 1) accounts.push(await makeStaff());
    // Warm both paths (connections, prepared statements) before measuring.
    await requestPasswordReset(accounts[runs]!.email, address());
    await requestPasswordReset('warm-up@school.example', address());
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      known.push(await timed(() => requestPasswordReset(accounts[i]!.email, address())));
      unknown.push(await timed(() => requestPasswordReset(`nobody-${i}@school.example`, address())));
    }
    // Before both paths did the same work this was about 14.
    const ratio = median(known) / median(unknown);
    console.log(
      `[password-reset] median known ${median(known).toFixed(0)} ms / unknown ${median(unknown).toFixed(0)} ms = ` +
        `${ratio.toFixed(2)} (load average ${loadavg()[0]!.toFixed(2)})`,
    );
    // The medians are a few milliseconds apart (1.4–2.3 on a 2-core machine, as loaded), so the bound only
    // catches the old gap; what keeps the paths alike is pinned below as a count, which does not flake.
    expect(ratio).toBeGreaterThan(0.25);
    expect(ratio).toBeLessThan(4);
  });

  it('sends the same statements, in the same order, whether or not the address has an account', async () => {
    const staff = await makeStaff();
    const kinds = (sent: { text: string }[]) => sent.map((s) => s.text.trimStart().split(/\s/)[0]);
    const known = await statementsSent(() => requestPasswordReset(staff.email, address()));
    const unknown = await statementsSent(() =>
      requestPasswordReset('nobody-at-all@school.example', address()),
    );
    expect(known.sent).toHaveLength(unknown.sent.length);
    // An INSERT where the other path reads: one statement each, on the same tables.
    expect(kinds(known.sent).map((k) => (k === 'INSERT' ? 'WRITE' : k))).toEqual(
      kinds(unknown.sent).map((k, i) => (k === 'SELECT' && i > 2 ? 'WRITE' : k === 'INSERT' ? 'WRITE' : k)),
    );
  });

  it('sends one person at most three reset emails an hour, however many addresses ask', async () => {
    const staff = await makeStaff();
    for (let i = 0; i < 10; i += 1)
      expect(await requestPasswordReset(staff.email, address())).toEqual({ ok: true });
    expect(await getDb().outboxEmail.count({ where: { toAddress: staff.email } })).toBe(3);
  });

  it('tells one address asking too often to wait, account or not', async () => {
    const from = address();
    for (let i = 0; i < LIMITS['reset.address'].points; i += 1)
      expect(await requestPasswordReset(`someone-${i}@school.example`, from)).toEqual({ ok: true });
    expect(await requestPasswordReset('one-more@school.example', from)).toMatchObject({ ok: false });
    expect(await requestPasswordReset('one-more@school.example', address())).toEqual({ ok: true });
  });

  it('a link sets the password once, and ends every session of the account', async () => {
    const staff = await makeStaff();
    const session = await getDb().staffSession.create({ data: { userId: staff.id } });
    await requestPasswordReset(staff.email, address());
    const token = await emailedToken(staff.email);
    expect(await findResetLink(token)).toMatchObject({ userId: staff.id });
    expect(await resetPassword(token, 'a brand new passphrase')).toBe(true);
    expect(await verifyPassword(await storedHash(staff.id), 'a brand new passphrase')).toBe(true);
    expect(
      (await getDb().staffSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt,
    ).not.toBeNull();
    const after = await getDb().staffUser.findUniqueOrThrow({ where: { id: staff.id } });
    expect(after.sessionVersion).toBe(staff.sessionVersion + 1);
    // It signs nobody in, and the authenticator is untouched.
    expect(await getDb().staffSession.count({ where: { userId: staff.id, revokedAt: null } })).toBe(0);
    expect(await findResetLink(token)).toBeNull();
    expect(await resetPassword(token, 'yet another passphrase')).toBe(false);
    expect(await verifyPassword(await storedHash(staff.id), 'a brand new passphrase')).toBe(true);
  });

  it('an expired link does nothing', async () => {
    const staff = await makeStaff();
    await requestPasswordReset(staff.email, address());
    const token = await emailedToken(staff.email);
    await getDb().passwordToken.updateMany({
      where: { userId: staff.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findResetLink(token)).toBeNull();
    expect(await resetPassword(token, 'a brand new passphrase')).toBe(false);
    expect(await verifyPassword(await storedHash(staff.id), 'otter lantern quietly')).toBe(true);
  });
});

describe('changing a password', () => {
  it('needs the current password, and ends the other sessions but not this one', async () => {
    const staff = await makeStaff();
    const here = await getDb().staffSession.create({ data: { userId: staff.id } });
    const elsewhere = await getDb().staffSession.create({ data: { userId: staff.id } });
    expect(await changePassword(staff.id, here.id, 'not my password', 'a brand new passphrase')).toBe(false);
    expect(await changePassword(staff.id, here.id, 'otter lantern quietly', 'a brand new passphrase')).toBe(
      true,
    );
    const rows = await getDb().staffSession.findMany({ where: { userId: staff.id } });
    expect(rows.find((r) => r.id === here.id)?.revokedAt).toBeNull();
    expect(rows.find((r) => r.id === elsewhere.id)?.revokedAt).not.toBeNull();
  });
});
