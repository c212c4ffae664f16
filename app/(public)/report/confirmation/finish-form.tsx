'use client';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/** Forgets the report and its code on this device, for a parent who shares a phone or computer. */
export function FinishForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="app-no-print">
      <p className="govuk-body">When you have written your secret code down, remove it from this device.</p>
      <SubmitButton secondary>I have written it down – remove it</SubmitButton>
    </form>
  );
}
