'use client';
import { useActionState } from 'react';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { emptyFormState } from '@/lib/actions/form-state';
import { retryEmailAction } from './actions';

/** One "Retry" button for one dead email. Works without JavaScript too (a plain form post). */
export function RetryForm({ outboxId, label }: { outboxId: string; label: string }) {
  const [state, action, pending] = useActionState(retryEmailAction, emptyFormState);
  const problem = state.formError ?? state.fieldErrors?.outboxId ?? state.fieldErrors?._form;
  return (
    <form action={action}>
      <FormReferrerPolicy />
      <input type="hidden" name="outboxId" value={outboxId} />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        disabled={pending}
      >
        Retry<span className="govuk-visually-hidden"> {label}</span>
      </button>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
    </form>
  );
}
