'use client';
// A one-button form in a table row (remove a term, remove a bank holiday): a plain POST without
// JavaScript; the row's name is read out with the button, so "Remove" is never ambiguous.
import { useActionState } from 'react';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { emptyFormState, type FormState } from '@/lib/actions/form-state';

export function RowButton({
  action,
  fields,
  label,
  rowName,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  rowName: string;
}) {
  const [state, formAction] = useActionState(action, emptyFormState);
  return (
    <form action={formAction}>
      <FormReferrerPolicy />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.formError && <p className="govuk-error-message">{state.formError}</p>}
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        {label}
        <span className="govuk-visually-hidden">: {rowName}</span>
      </button>
    </form>
  );
}
