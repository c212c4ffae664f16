'use client';
import { useActionState } from 'react';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { emptyFormState } from '@/lib/actions/form-state';
import { changeWarningPublication } from './actions';

export function PublicationButton({
  warningId,
  change,
  title,
}: {
  warningId: string;
  change: 'publish' | 'withdraw';
  title: string;
}) {
  const [state, formAction] = useActionState(changeWarningPublication, emptyFormState);
  return (
    <form action={formAction}>
      <FormReferrerPolicy />
      <input type="hidden" name="warningId" value={warningId} />
      <input type="hidden" name="change" value={change} />
      {state.formError && <p className="govuk-error-message">{state.formError}</p>}
      {state.message && (
        <p className="govuk-body-s" role="status">
          {state.message}
        </p>
      )}
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        {change === 'publish' ? 'Publish now' : 'Withdraw'}
        <span className="govuk-visually-hidden">: {title}</span>
      </button>
    </form>
  );
}
