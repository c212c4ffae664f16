'use client';
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/** For a parent who did not stay anonymous: an email address the team can use instead of the secret code. */
export function EmailInsteadForm({
  action,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const typed = state.values?.reporterEmail;
  return (
    <>
      <ErrorSummary errors={state.fieldErrors} formError={state.formError} />
      {children}
      <form action={formAction} noValidate>
        <h2 className="govuk-heading-m">Give us an email address instead</h2>
        <p className="govuk-body">
          The safeguarding team can then email you if they need to. We will never send your secret code by
          email.
        </p>
        <TextInput
          name="reporterEmail"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          maxLength={320}
          defaultValue={typeof typed === 'string' ? typed : undefined}
          error={state.fieldErrors?.reporterEmail}
        />
        <SubmitButton pending={pending} pendingText="Saving…" preventDoubleClick={false}>
          Save my email address
        </SubmitButton>
      </form>
    </>
  );
}
