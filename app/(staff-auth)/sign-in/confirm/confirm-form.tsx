'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { confirmFreshFactor } from '@/lib/auth/actions/confirm-fresh-factor';

export function ConfirmForm({ next }: { next: string }) {
  const [state, action] = useActionState(confirmFreshFactor, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={state.fieldErrors} order={['code']} formError={state.formError} />
      <input type="hidden" name="next" value={next} />
      <TextInput
        name="code"
        label="Confirm it is you"
        isPageHeading
        hint="You are about to download or move records. Enter the 6-digit code from your authenticator app, or one of your recovery codes."
        autoComplete="one-time-code"
        width={10}
        maxLength={40}
        error={state.fieldErrors?.code}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}
