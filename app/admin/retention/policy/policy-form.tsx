'use client';
// The policy form in two steps without JavaScript: the first post returns what the change would do to the
// concerns already held; the administrator then confirms (the same values, sent again with confirmed=yes)
// or changes them. Errors: the GOV.UK summary plus a message at each field, answers kept.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { changeRetentionPolicy } from '../actions';

type Values = Record<'keepUntilChildAge' | 'yearsAfterClosure' | 'auditYears', string>;

const FIELDS = [
  {
    name: 'keepUntilChildAge',
    label: 'Keep closed concerns until the child would be',
    hint: 'An age between 18 and 40. Used when the child’s age or school year is known.',
    suffix: 'years old',
  },
  {
    name: 'yearsAfterClosure',
    label: 'When the child’s age is not known, keep closed concerns for',
    hint: 'Years after the concern was closed, between 1 and 40',
    suffix: 'years',
  },
  {
    name: 'auditYears',
    label: 'Keep the audit trail for',
    hint: 'Years, between 1 and 20. The whole service keeps it for the longest period any partnership sets.',
    suffix: 'years',
  },
] as const;

export function PolicyForm({ current }: { current: Values }) {
  const [state, action] = useActionState(changeRetentionPolicy, emptyFormState);
  const errors = state.fieldErrors ?? {};
  const typed = (name: keyof Values) => {
    const v = state.values?.[name];
    return typeof v === 'string' ? v : current[name];
  };
  const confirming = Boolean(state.message) && !state.fieldErrors && !state.formError;
  return (
    <>
      <ErrorSummary errors={errors} order={FIELDS.map((f) => f.name)} formError={state.formError} />
      {confirming && (
        <div className="govuk-inset-text" role="status" id="policy-change-preview">
          <h2 className="govuk-heading-m">Check what this change would do</h2>
          <p className="govuk-body">{state.message}</p>
          <form action={action}>
            {FIELDS.map((f) => (
              <input key={f.name} type="hidden" name={f.name} value={typed(f.name)} />
            ))}
            <input type="hidden" name="confirmed" value="yes" />
            <SubmitButton>Confirm and save the policy</SubmitButton>
          </form>
        </div>
      )}
      <form action={action} noValidate>
        {FIELDS.map((f) => (
          <TextInput
            key={f.name}
            name={f.name}
            label={f.label}
            hint={`${f.hint} (${f.suffix})`}
            error={errors[f.name]}
            defaultValue={typed(f.name)}
            inputMode="numeric"
            width={3}
          />
        ))}
        <SubmitButton secondary={confirming}>
          {confirming ? 'Check these values instead' : 'Check what this would do'}
        </SubmitButton>
      </form>
    </>
  );
}
