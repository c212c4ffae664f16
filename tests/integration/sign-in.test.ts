import { createHash, randomBytes } from 'node:crypto';
import { generate, generateSecret } from 'otplib';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/hash-password';
import { replaceRecoveryCodes, spendRecoveryCode } from '@/lib/auth/recovery-codes';
import { checkStaffPassword, type PasswordCheck } from '@/lib/auth/sign-in/check-staff-password';
import { throttleSecondFactor } from '@/lib/auth/sign-in/second-factor';
import { acceptTotpCode } from '@/lib/auth/totp';
import { getDb } from '@/lib/db';
import { closeRateLimits, LIMITS } from '@/lib/rate-limit/rate-limit';

afterAll(() => closeRateLimits());

const PASSWORD = 'otter lantern quietly';

async function makeStaff(overrides: { active?: boolean; totpSecret?: string } = {}) {
  const email = `staff-${randomBytes(4).toString('hex')}@school.example`;
  const user = await getDb().staffUser.create({
    data: { email, name: 'Sam Staff', passwordHash: await hashPassword(PASSWORD), ...overrides },
  });
  return { ...user, email };
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomBytes(2).toString('hex')}`;

describe('the password step', () => {
  it('accepts the right password and says whether the authenticator is set up', async () => {
    const staff = await makeStaff();
    const check = await checkStaffPassword(staff.email, PASSWORD, address());
    expect(check).toMatchObject({ ok: true, userId: staff.id, totpEnrolled: false });
  });

  it('gives a wrong password, an unknown address and an inactive account the same answer', async () => {
    const staff = await makeStaff();
    const inactive = await makeStaff({ active: false });
    const answers = [
      await checkStaffPassword(staff.email, 'wrong password here', address()),
      await checkStaffPassword('nobody@school.example', PASSWORD, address()),
      await checkStaffPassword(inactive.email, PASSWORD, address()),
    ];
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: 'wrong' });
  });

  it('cannot be turned into a lockout: after 50 wrong passwords the real member of staff still signs in', async () => {
    const secret = generateSecret();
    const staff = await makeStaff({ totpSecret: secret });
    const attacker = address();
    for (let i = 0; i < 50; i += 1) {
      const from = i % 2 === 0 ? attacker : address();
      expect(await checkStaffPassword(staff.email, `wrong ${i} password`, from)).toMatchObject({ ok: false });
    }
    expect(await checkStaffPassword(staff.email, PASSWORD, address())).toMatchObject({
      ok: true,
      userId: staff.id,
    });
    await expect(throttleSecondFactor(staff.id, 'code')).resolves.toBeUndefined();
    expect(await acceptTotpCode(staff.id, secret, await generate({ secret }))).toBe(true);
  });

  it('slows one address guessing at one account, even when it then tries the right password', async () => {
    const staff = await makeStaff();
    const from = address();
    let refused: PasswordCheck | undefined;
    for (let i = 0; i < 10 && !refused; i += 1) {
      const check = await checkStaffPassword(staff.email, `wrong ${i} password`, from);
      if (!check.ok && check.reason === 'throttled') refused = check;
    }
    expect(refused).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await checkStaffPassword(staff.email, PASSWORD, from)).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    expect(await checkStaffPassword(staff.email, PASSWORD, address())).toMatchObject({ ok: true });
  });

  it('emails the account holder once after repeated failures, saying nothing about who tried', async () => {
    const staff = await makeStaff();
    for (let i = 0; i < 25; i += 1) await checkStaffPassword(staff.email, `wrong ${i} password`, address());
    const mails = await getDb().outboxEmail.findMany({ where: { toAddress: staff.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.kind).toBe('staff.sign-in-failures');
    expect(mails[0]!.textBody).toMatch(/tried to sign in/);
    expect(mails[0]!.textBody).not.toMatch(/198\.51\.100|wrong \d+ password/);
  });

  it('locks an address trying many accounts', async () => {
    const from = address();
    for (let i = 0; i < LIMITS['signin.address'].points; i += 1)
      await checkStaffPassword(`guess-${i}@school.example`, 'wrong password here', from);
    const staff = await makeStaff();
    expect(await checkStaffPassword(staff.email, PASSWORD, from)).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    expect(await checkStaffPassword(staff.email, PASSWORD, address())).toMatchObject({ ok: true });
  });
});

describe('the authenticator step', () => {
  it('accepts a code once: the same code again is refused', async () => {
    const secret = generateSecret();
    const staff = await makeStaff({ totpSecret: secret });
    const code = await generate({ secret });
    expect(await acceptTotpCode(staff.id, secret, code)).toBe(true);
    expect(await acceptTotpCode(staff.id, secret, code)).toBe(false);
  });

  it('refuses an older code once a newer one has been used', async () => {
    const secret = generateSecret();
    const staff = await makeStaff({ totpSecret: secret });
    const now = Math.floor(Date.now() / 1000);
    expect(await acceptTotpCode(staff.id, secret, await generate({ secret, epoch: now }))).toBe(true);
    expect(await acceptTotpCode(staff.id, secret, await generate({ secret, epoch: now - 30 }))).toBe(false);
  });

  it('two requests racing with one code: only one wins', async () => {
    const secret = generateSecret();
    const staff = await makeStaff({ totpSecret: secret });
    const code = await generate({ secret });
    const results = await Promise.all([1, 2, 3].map(() => acceptTotpCode(staff.id, secret, code)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('recovery codes work once each, and only for their own account', async () => {
    const staff = await makeStaff();
    const other = await makeStaff();
    const codes = await getDb().$transaction((tx) => replaceRecoveryCodes(tx, staff.id));
    expect(codes).toHaveLength(10);
    const stored = await getDb().recoveryCode.findMany({ where: { userId: staff.id } });
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(codes.map((c) => c.replaceAll('-', ''))).not.toContain(row.codeHash);
    expect(await spendRecoveryCode(other.id, codes[0]!)).toBe(false);
    expect(await spendRecoveryCode(staff.id, codes[0]!.toLowerCase())).toBe(true);
    expect(await spendRecoveryCode(staff.id, codes[0]!)).toBe(false);
    expect(await spendRecoveryCode(staff.id, codes[1]!)).toBe(true);
  });
});

describe('recovery codes at rest', () => {
  const saltOf = (codeHash: string) => codeHash.split('$')[4];

  it('are slow hashes (argon2id) with a salt of the account, so equal codes on two accounts differ', async () => {
    const staff = await makeStaff();
    const other = await makeStaff();
    await getDb().$transaction((tx) => replaceRecoveryCodes(tx, staff.id));
    await getDb().$transaction((tx) => replaceRecoveryCodes(tx, other.id));
    const rows = await getDb().recoveryCode.findMany({ where: { userId: staff.id } });
    for (const row of rows) expect(row.codeHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(new Set(rows.map((row) => saltOf(row.codeHash))).size).toBe(1);
    const others = await getDb().recoveryCode.findFirstOrThrow({ where: { userId: other.id } });
    expect(saltOf(others.codeHash)).not.toBe(saltOf(rows[0]!.codeHash));
  });

  it("codes stored before (SHA-256) still work once, and the account's codes are then stored as argon2id", async () => {
    const staff = await makeStaff();
    const legacy = (code: string) =>
      createHash('sha256')
        .update(`recovery:${code.replaceAll('-', '')}`)
        .digest('hex');
    const codes = ['7KQ4-M2XP-9HTA', 'B3CD-EFGH-JKMN'];
    await getDb().recoveryCode.createMany({
      data: codes.map((code) => ({ userId: staff.id, codeHash: legacy(code) })),
    });
    expect(await spendRecoveryCode(staff.id, codes[0]!)).toBe(true);
    expect(await spendRecoveryCode(staff.id, codes[0]!)).toBe(false);
    const rows = await getDb().recoveryCode.findMany({ where: { userId: staff.id } });
    for (const row of rows) expect(row.codeHash).toMatch(/^\$argon2id\$/);
    expect(await spendRecoveryCode(staff.id, codes[1]!)).toBe(true);
  });
});
