'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { requestPasswordResetAction } from '@/lib/auth/actions/request-password-reset';

export function ForgottenPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, emptyFormState);
  const email = state.values?.email;
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={state.fieldErrors} order={['email']} formError={state.formError} />
      <h1 className="govuk-heading-l">Reset your password</h1>
      <p className="govuk-body">We will email you a link to choose a new password.</p>
      <TextInput
        name="email"
        label="Email address"
        hint="The address you use to sign in."
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={typeof email === 'string' ? email : undefined}
        error={state.fieldErrors?.email}
      />
      <SubmitButton>Send the link</SubmitButton>
    </form>
  );
}
