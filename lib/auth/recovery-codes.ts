import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import { getDb, type Tx } from '@/lib/db';

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: codes are typed from paper. 31 symbols × 12 = about 59 bits, too many to guess, so a
// fast hash is enough to keep them unreadable in the database.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A code such as "7KQ4-M2XP-9HTA". */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** Upper-cases and drops spaces and dashes, so "7kq4 m2xp 9hta" is the same code. */
export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function looksLikeRecoveryCode(input: string): boolean {
  return new RegExp(`^[${ALPHABET}]{12}$`).test(normaliseRecoveryCode(input));
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(`recovery:${normaliseRecoveryCode(code)}`)
    .digest('hex');
}

/** Replaces every recovery code of the account with ten new ones, and returns them to show once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
  });
  return codes;
}

/** Uses a recovery code: true once, then never again (a conditional update, safe against races). */
export async function spendRecoveryCode(userId: string, input: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(input)) return false;
  const { count } = await getDb().recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(input), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
