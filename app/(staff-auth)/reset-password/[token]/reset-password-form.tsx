'use client';
import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { resetPasswordAction } from '@/lib/auth/actions/reset-password';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary
        errors={state.fieldErrors}
        order={['password', 'confirmPassword']}
        formError={state.formError}
      />
      <h1 className="govuk-heading-l">Choose a new password</h1>
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={state.fieldErrors} />
      <p className="govuk-body">You will still need your authenticator app to sign in.</p>
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
