'use client';
import { useActionState } from 'react';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { emptyFormState } from '@/lib/actions/form-state';
import { showPlatform } from './actions';

/** Shows a national platform to this partnership's parents, or hides it. */
export function OfferedButton({
  platformId,
  offered,
  name,
}: {
  platformId: string;
  offered: boolean;
  name: string;
}) {
  const [state, formAction] = useActionState(showPlatform, emptyFormState);
  return (
    <form action={formAction}>
      <FormReferrerPolicy />
      <input type="hidden" name="platformId" value={platformId} />
      <input type="hidden" name="offered" value={offered ? 'no' : 'yes'} />
      {state.formError && <p className="govuk-error-message">{state.formError}</p>}
      {state.message && (
        <p className="govuk-body-s" role="status">
          {state.message}
        </p>
      )}
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        {offered ? 'Hide from parents' : 'Show to parents'}
        <span className="govuk-visually-hidden">: {name}</span>
      </button>
    </form>
  );
}
