import { TextInput } from '@/components/forms/fields';

/** Choosing a password: the rules in plain words, typed twice (reset, invitation, change). */
export function NewPasswordFields({ errors }: { errors?: Record<string, string> }) {
  return (
    <>
      <TextInput
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="Use 12 characters or more. A few random words together are easy to remember and hard to guess. Do not use the name of this service."
        error={errors?.password}
      />
      <TextInput
        name="confirmPassword"
        label="Enter the new password again"
        type="password"
        autoComplete="new-password"
        error={errors?.confirmPassword}
      />
    </>
  );
}
