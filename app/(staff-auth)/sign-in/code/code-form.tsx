'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { signInWithCode } from '@/lib/auth/actions/sign-in-with-code';

export function CodeForm() {
  const [state, action] = useActionState(signInWithCode, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={state.fieldErrors} order={['code']} formError={state.formError} />
      <TextInput
        name="code"
        label="Enter the code from your authenticator app"
        isPageHeading
        hint="The 6-digit code changes every 30 seconds."
        inputMode="numeric"
        autoComplete="one-time-code"
        width={5}
        maxLength={20}
        error={state.fieldErrors?.code}
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
