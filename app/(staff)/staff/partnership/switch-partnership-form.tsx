'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { ChoiceGroup, SubmitButton } from '@/components/forms/fields';
import { emptyFormState } from '@/lib/actions/form-state';
import { switchPartnershipAction } from '@/lib/auth/actions/switch-partnership';
import type { SessionPartnership } from '@/lib/auth/session';

export function SwitchPartnershipForm({
  partnerships,
  current,
}: {
  partnerships: SessionPartnership[];
  current?: string;
}) {
  const [state, action, pending] = useActionState(switchPartnershipAction, emptyFormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={state.fieldErrors} order={['partnershipId']} formError={state.formError} />
      <ChoiceGroup
        type="radio"
        name="partnershipId"
        isPageHeading
        legend="Which partnership are you working for?"
        hint="You see and change only what this partnership holds, with the roles you have there. Its name is at the top of every page."
        error={state.fieldErrors?.partnershipId}
        selected={state.values?.partnershipId ?? current}
        choices={partnerships.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SubmitButton pending={pending} pendingText="Changing…">
        Continue
      </SubmitButton>
    </form>
  );
}
