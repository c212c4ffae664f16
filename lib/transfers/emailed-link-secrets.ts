import 'server-only';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hashPassword, verifyPassword } from '@/lib/auth/hash-password';

// The secrets of an emailed transfer link (a school off the deployment): the link's token (in the email
// only), the passcode (given by phone, shown to the sender once) and the browser grant the right passcode
// leaves. Each is stored only as a hash: the 256-bit tokens as SHA-256 (nothing to guess offline), the
// passcode as argon2id (lib/auth/hash-password.ts), as it is short enough to be worth guessing.

/** Letters and digits nobody misreads over the phone: no 0/O, 1/I/L. */
const PASSCODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const PASSCODE_GROUPS = 3;
const GROUP_LENGTH = 4;

/** A new random token for a link or a grant (43 URL-safe characters). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How a token is stored and found: SHA-256, hex. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether text has a token's shape: anything else is refused before a query. */
export function isSecretToken(text: unknown): text is string {
  return typeof text === 'string' && /^[A-Za-z0-9_-]{43}$/.test(text);
}

/** A new passcode, three groups of four ("ABCD-EFGH-JKMN"): about 59 bits. */
export function newPasscode(): string {
  const groups = Array.from({ length: PASSCODE_GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => PASSCODE_ALPHABET[randomInt(PASSCODE_ALPHABET.length)]).join(
      '',
    ),
  );
  return groups.join('-');
}

/** A typed passcode as stored: capitals, without spaces or dashes; null when it cannot be one. */
export function normalisePasscode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === PASSCODE_GROUPS * GROUP_LENGTH && /^[A-Z0-9]+$/.test(code) ? code : null;
}

export function hashPasscode(passcode: string): Promise<string> {
  return hashPassword(normalisePasscode(passcode) ?? passcode);
}

/** Checks a typed passcode against its hash (as long for a malformed one, so timing says nothing). */
export function passcodeMatches(storedHash: string | null, typed: string): Promise<boolean> {
  return verifyPassword(storedHash, normalisePasscode(typed) ?? '-');
}
