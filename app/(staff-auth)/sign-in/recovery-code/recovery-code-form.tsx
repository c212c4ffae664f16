'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { signInWithRecoveryCode } from '@/lib/auth/actions/sign-in-with-recovery-code';

export function RecoveryCodeForm() {
  const [state, action] = useActionState(signInWithRecoveryCode, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={state.fieldErrors} order={['recoveryCode']} formError={state.formError} />
      <TextInput
        name="recoveryCode"
        label="Enter a recovery code"
        isPageHeading
        hint="One of the ten codes you saved when you set up your authenticator app, like 7KQ4-M2XP-9HTA. Each code works once."
        autoComplete="off"
        spellCheck={false}
        width={20}
        maxLength={40}
        error={state.fieldErrors?.recoveryCode}
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
