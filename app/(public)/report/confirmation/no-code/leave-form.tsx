'use client';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/** Leaving without the code: the report and its code are forgotten on this device. */
export function LeaveForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <SubmitButton secondary pending={pending}>
        Leave without the code
      </SubmitButton>
    </form>
  );
}
