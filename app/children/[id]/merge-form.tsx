'use client';
// Merging another record of the same child into this one. Works without JavaScript (a plain POST to the
// server action); errors come back as a GOV.UK error summary and a message at each field.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, Textarea } from '@/components/forms/fields';
import { SelectField } from '@/components/forms/select-field';
import { typedValue, type FormState } from '@/lib/actions/form-state';

export function MergeForm({
  action,
  childId,
  version,
  others,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  childId: string;
  version: number;
  others: { value: string; text: string }[];
}) {
  const [state, formAction] = useActionState(action, {});
  const value = (name: string) => typedValue(state, name);
  return (
    <form action={formAction} noValidate id="merge-child" data-testid="merge-child">
      <ErrorSummary
        errors={state.fieldErrors}
        formError={state.formError}
        order={['otherId', 'mergeReason']}
      />
      {state.ok && state.message && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{state.message}</p>
          </div>
        </div>
      )}
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="otherId"
        label="Which record is also this child?"
        hint="Its cases move to this record. The chronology keeps every entry."
        value={value('otherId')}
        error={state.fieldErrors?.otherId}
        options={[{ value: '', text: 'Choose a record' }, ...others]}
      />
      <Textarea
        name="mergeReason"
        label="Why are they the same child?"
        maxLength={2000}
        rows={3}
        defaultValue={value('mergeReason')}
        error={state.fieldErrors?.mergeReason}
      />
      <SubmitButton>Merge into this record</SubmitButton>
    </form>
  );
}
