'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { signInWithPassword } from '@/lib/auth/actions/sign-in-with-password';

export function SignInForm() {
  const [state, action] = useActionState(signInWithPassword, emptyFormState);
  const email = state.values?.email;
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={state.fieldErrors} order={['email', 'password']} formError={state.formError} />
      <TextInput
        name="email"
        label="Email address"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={typeof email === 'string' ? email : undefined}
        error={state.fieldErrors?.email}
      />
      <TextInput
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors?.password}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}
