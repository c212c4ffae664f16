import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../password-policy';

/** A new password typed twice. The policy itself (length, common passwords) is checked with the account's details. */
export const newPasswordFields = {
  password: z
    .string()
    .max(PASSWORD_MAX_LENGTH * 4, `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`),
  confirmPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
};

/** The message for each field, or null when the new password is acceptable. */
export function confirmationProblem(password: string, confirmPassword: string): string | null {
  if (confirmPassword.length === 0) return 'Enter your new password again';
  return password === confirmPassword ? null : 'The passwords do not match. Enter the same password twice';
}
