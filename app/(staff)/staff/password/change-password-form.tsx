'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { changePasswordAction } from '@/lib/auth/actions/change-password';

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, emptyFormState);
  if (state.ok) {
    return (
      <>
        <h1 className="govuk-heading-l">Password changed</h1>
        <p className="govuk-body">{state.message}</p>
        <Link className="govuk-link" href="/staff">
          Back to your account
        </Link>
      </>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary
        errors={state.fieldErrors}
        order={['currentPassword', 'password', 'confirmPassword']}
        formError={state.formError}
      />
      <h1 className="govuk-heading-l">Change your password</h1>
      <TextInput
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors?.currentPassword}
      />
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
