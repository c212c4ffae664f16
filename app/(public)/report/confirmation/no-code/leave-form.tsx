'use client';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/** Leaving without the code: the report and its code are forgotten on this device. */
export function LeaveForm({
  action,
  label,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The button's words, in the parent's language. */
  label: string;
}) {
  const [, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <SubmitButton secondary pending={pending}>
        {label}
      </SubmitButton>
    </form>
  );
}
