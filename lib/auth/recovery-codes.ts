import 'server-only';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { getDb, type Tx } from '@/lib/db';
import { ARGON2_OPTIONS } from './hash-password';

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: codes are typed from paper. 31 symbols × 12 = about 59 bits: too many to guess online,
// but within reach of a fast hash offline, so they are stored as argon2id (see storedCodeHash).
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

/** The first stage of a stored code, and the whole of what was stored before argon2id (kept so those rows could be upgraded). */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(`recovery:${normaliseRecoveryCode(code)}`)
    .digest('hex');
}

/**
 * A code as stored: argon2id over its SHA-256 with a salt shared by the account's codes, in argon2's own
 * "$argon2id$…$salt$hash" form. One salt per account (not per code) lets a typed code be found with one
 * slow hash and spent with a conditional update; different accounts still never share a hash. Hashing
 * the SHA-256 rather than the code is what let the codes stored before be upgraded without knowing them.
 */
function storedCodeHash(sha256: string, salt: Uint8Array): Promise<string> {
  return hash(sha256, { ...ARGON2_OPTIONS, salt });
}

const isLegacy = (codeHash: string) => !codeHash.startsWith('$argon2id$');
const saltOf = (codeHash: string) => Buffer.from(codeHash.split('$')[4] ?? '', 'base64');

/** Replaces every recovery code of the account with ten new ones, and returns them to show once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const salt = randomBytes(16);
  const codeHashes = await Promise.all(codes.map((code) => storedCodeHash(hashRecoveryCode(code), salt)));
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) });
  return codes;
}

/**
 * Codes stored as plain SHA-256 (before argon2id) are re-hashed the first time the account uses one, all
 * with one new salt; each row only if it is still the old value, so two sign-ins racing are harmless.
 */
async function upgradeLegacyCodes(userId: string): Promise<void> {
  const db = getDb();
  const legacy = (
    await db.recoveryCode.findMany({ where: { userId }, select: { id: true, codeHash: true } })
  ).filter((row) => isLegacy(row.codeHash));
  const salt = randomBytes(16);
  for (const row of legacy) {
    await db.recoveryCode.updateMany({
      where: { id: row.id, codeHash: row.codeHash },
      data: { codeHash: await storedCodeHash(row.codeHash, salt) },
    });
  }
}

/** Uses a recovery code: true once, then never again (a conditional update, safe against races). */
export async function spendRecoveryCode(userId: string, input: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(input)) return false;
  const db = getDb();
  const unused = () =>
    db.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { codeHash: true } });
  let rows = await unused();
  if (rows.some((row) => isLegacy(row.codeHash))) {
    await upgradeLegacyCodes(userId);
    rows = await unused();
  }
  const sha256 = hashRecoveryCode(input);
  // Normally one salt; two only after a race between upgrades.
  for (const salt of new Set(rows.map((row) => saltOf(row.codeHash).toString('base64')))) {
    const { count } = await db.recoveryCode.updateMany({
      where: { userId, codeHash: await storedCodeHash(sha256, Buffer.from(salt, 'base64')), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 1) return true;
  }
  return false;
}
