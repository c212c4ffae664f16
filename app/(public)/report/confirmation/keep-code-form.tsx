'use client';
import Link from 'next/link';
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/**
 * Before leaving, the parent types back the end of their secret code (the whole code is taken too). The
 * page's own content (the code itself) sits between the error summary and the form, so a wrong answer
 * shows the summary at the top of the page and the code still in view.
 */
export function KeepCodeForm({
  action,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <>
      <ErrorSummary errors={state.fieldErrors} formError={state.formError} />
      {children}
      <form action={formAction} className="app-no-print" noValidate>
        <h2 className="govuk-heading-m">Check you have kept your secret code</h2>
        <TextInput
          name="code"
          label="Type the last 4 letters and numbers of your secret code"
          hint="This is to check you have written it down. You can type the whole code if you like."
          error={state.fieldErrors?.code}
          width={10}
          maxLength={40}
          spellCheck={false}
        />
        <SubmitButton pending={pending} pendingText="Checking…" preventDoubleClick={false}>
          Check my code
        </SubmitButton>
      </form>
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" href="/report/confirmation/no-code">
          I cannot keep the secret code
        </Link>
      </p>
    </>
  );
}
