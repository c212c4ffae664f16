// What makes a staff password acceptable (NCSC / NIST SP 800-63B): long enough, not absurdly long, not
// one of the most common passwords, not built from the service's own name or the person's email. No
// composition rules ("one capital, one symbol"): they make passwords harder to remember, not to guess.
import commonPasswords from './common-passwords.json';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set<string>(commonPasswords);
/** Words anyone would try first against this service. */
const SERVICE_WORDS = ['safeguarding', 'safeguard', 'partnership', 'concern', 'report', 'password', 'school'];

export interface PasswordContext {
  email?: string;
  name?: string;
  partnershipName?: string;
}

/** Returns the message to show, or null when the password is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  if (password.length === 0) return 'Enter a password';
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return `Password must be ${PASSWORD_MIN_LENGTH} characters or more`;
  if ([...password].length > PASSWORD_MAX_LENGTH)
    return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  if (isEasyToGuess(password, context))
    return 'Choose a password that is harder to guess. Avoid common passwords and the name of the service';
  return null;
}

function isEasyToGuess(password: string, context: PasswordContext): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  let core = lower.replace(/[^\p{L}\p{N}]/gu, '');
  for (const word of personalWords(context)) core = core.replaceAll(word, '');
  // What is left once leading and trailing digits ("2026", "123") are taken off.
  core = core.replace(/^\d+/, '').replace(/\d+$/, '');
  if (core.length < 4 || COMMON.has(core)) return true;
  // One character repeated, or a run such as "abcdefgh" / "12345678".
  return /^(.)\1+$/u.test(core) || isSequence(core);
}

function personalWords(context: PasswordContext): string[] {
  const parts = [
    ...SERVICE_WORDS,
    ...(context.email ?? '').toLowerCase().split(/[@.+_-]/),
    ...(context.name ?? '').toLowerCase().split(/\s+/),
    ...(context.partnershipName ?? '').toLowerCase().split(/[\s-]+/),
  ];
  return [...new Set(parts.map((p) => p.replace(/[^\p{L}\p{N}]/gu, '')).filter((p) => p.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
}

function isSequence(text: string): boolean {
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - codes[i - 1]! === step);
}
