'use client';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/** Ends access on this device at once (it also ends by itself after 20 minutes). */
export function FinishCheckForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <SubmitButton secondary>Finish and leave</SubmitButton>
    </form>
  );
}
