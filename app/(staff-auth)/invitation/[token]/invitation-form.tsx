'use client';
import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { acceptInvitationAction } from '@/lib/auth/actions/accept-invitation';

export function InvitationForm(props: { token: string; email: string; name: string; hasAccount: boolean }) {
  const [state, action] = useActionState(acceptInvitationAction, emptyFormState);
  const name = state.values?.name;
  return (
    <form action={action} noValidate>
      <ErrorSummary
        errors={state.fieldErrors}
        order={['name', 'password', 'confirmPassword']}
        formError={state.formError}
      />
      <h1 className="govuk-heading-l">Accept your invitation</h1>
      <input type="hidden" name="token" value={props.token} />
      <p className="govuk-body">
        You have been invited to join as staff with the email address <strong>{props.email}</strong>.
      </p>
      {props.hasAccount ? (
        <p className="govuk-body">You already have an account. Accepting adds the new role to it.</p>
      ) : (
        <>
          <TextInput
            name="name"
            label="Your full name"
            autoComplete="name"
            defaultValue={typeof name === 'string' ? name : props.name}
            error={state.fieldErrors?.name}
          />
          <NewPasswordFields errors={state.fieldErrors} />
          <p className="govuk-body">Next, you will set up an authenticator app on your phone.</p>
        </>
      )}
      <SubmitButton>Accept invitation</SubmitButton>
    </form>
  );
}
