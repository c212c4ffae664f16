// What the sign-in pages say. One sentence for every wrong email or password, known account or not.
export const WRONG_PASSWORD = 'Enter a correct email address and password';
export const WRONG_CODE = 'Enter a correct code from your authenticator app';
export const WRONG_RECOVERY_CODE = 'Enter a correct recovery code';
/** Password sign-in is off for this person's partnership (Partnership.passwordSignIn). */
export const USE_WORK_ACCOUNT = 'Sign in with your work account instead of a password';

/** The work account service the person came through was switched off before they finished signing in. */
export const PROVIDER_SWITCHED_OFF =
  'Signing in with that work account has been switched off. Sign in with your email address and password, or ask your administrator.';

/** Why a work account sign-in did not work, by the reason in /sign-in?provider=…; the password still does. */
export const PROVIDER_REFUSALS: Record<string, string> = {
  unknown: 'That sign-in is not available here. Sign in with your email address and password.',
  unavailable:
    'We could not reach your work account service just now. Try again later, or sign in with your email address and password.',
  expired: 'That took too long, so you need to start signing in again.',
  failed: 'Signing in with your work account did not work. Start again.',
  'no-account':
    'We could not find an account for that work account. Ask your administrator to invite you, then try again.',
};

export function tooManyAttempts(retryAfterSeconds = 900): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again`;
}
