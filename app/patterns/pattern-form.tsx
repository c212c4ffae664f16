'use client';
// The front door's form on the patterns page: which pattern, and a short note. One form for every pattern
// (so each field has one id). It works without JavaScript (a plain POST to the server action); errors come
// back as a GOV.UK error summary and a message at each field, with what was typed kept.
import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, Textarea } from '@/components/forms/fields';
import { SelectField } from '@/components/forms/select-field';

export function ShareRequestForm({
  patterns,
  action,
}: {
  patterns: { value: string; text: string }[];
  action: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, {});
  const value = (name: string) => {
    const v = state.ok ? undefined : state.values?.[name];
    return Array.isArray(v) ? v[0] : v;
  };
  return (
    <form action={formAction} noValidate id="share-request" data-testid="share-request">
      <h2 className="govuk-heading-m">Ask the schools to share their cases</h2>
      <ErrorSummary errors={state.fieldErrors} formError={state.formError} order={['patternId', 'note']} />
      {state.ok && state.message && (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {state.message}
        </p>
      )}
      <SelectField
        name="patternId"
        label="Pattern"
        options={patterns}
        value={value('patternId')}
        error={state.fieldErrors?.patternId}
      />
      <Textarea
        name="note"
        label="Note for the schools"
        hint="Each school’s safeguarding team sees this and can say yes or no."
        maxLength={500}
        rows={2}
        defaultValue={value('note')}
        error={state.fieldErrors?.note}
      />
      <SubmitButton>Ask schools to share</SubmitButton>
    </form>
  );
}
