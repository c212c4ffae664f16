// What the sign-in pages say. One sentence for every wrong email or password, known account or not.
export const WRONG_PASSWORD = 'Enter a correct email address and password';
export const WRONG_CODE = 'Enter a correct code from your authenticator app';
export const WRONG_RECOVERY_CODE = 'Enter a correct recovery code';

export function tooManyAttempts(retryAfterSeconds = 900): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again`;
}
