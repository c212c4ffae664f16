'use client';
// The front door's form on the patterns page: which pattern, and a short note. One form for every pattern
// (so each field has one id). It works without JavaScript (a plain POST to the server action); errors come
// back as a GOV.UK error summary and a message at each field, with what was typed kept.
import { useActionState } from 'react';
import { typedValue, type FormState } from '@/lib/actions/form-state';
import { ErrorSummary } from '@/components/forms/error-summary';
import { ChoiceGroup, SubmitButton, Textarea, TextInput } from '@/components/forms/fields';
import { SelectField } from '@/components/forms/select-field';

export function ShareRequestForm({
  patterns,
  action,
}: {
  patterns: { value: string; text: string }[];
  action: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, {});
  const value = (name: string) => typedValue(state, name);
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

/** The record that a pattern went to the police or CEOP: who it went to and their reference. */
export function PatternReferralForm({
  patterns,
  action,
}: {
  patterns: { value: string; text: string }[];
  action: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, {});
  const value = (name: string) => typedValue(state, name);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate id="pattern-referral" data-testid="pattern-referral">
      <h2 className="govuk-heading-m">Record a referral to the police or CEOP</h2>
      <ErrorSummary
        errors={errors}
        formError={state.formError}
        order={['referralPatternId', 'agency', 'referredTo', 'theirReference']}
      />
      {state.ok && state.message && (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {state.message}
        </p>
      )}
      <SelectField
        name="referralPatternId"
        label="Pattern"
        options={patterns}
        value={value('referralPatternId')}
        error={errors?.referralPatternId}
      />
      <ChoiceGroup
        type="radio"
        name="agency"
        legend="Who did you refer it to?"
        choices={[
          { value: 'POLICE', label: 'The police' },
          { value: 'CEOP', label: 'CEOP' },
        ]}
        selected={value('agency')}
        error={errors?.agency}
        small
      />
      <TextInput
        name="referredTo"
        label="Which force or team"
        maxLength={200}
        defaultValue={value('referredTo')}
        error={errors?.referredTo}
      />
      <TextInput
        name="theirReference"
        label="Their reference (optional)"
        maxLength={100}
        width={20}
        defaultValue={value('theirReference')}
        error={errors?.theirReference}
      />
      <SubmitButton>Record referral</SubmitButton>
    </form>
  );
}
