'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/** The Send button, and a field only bots fill in (hidden from people and from screen readers). */
export function SendForm({
  action,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <ErrorSummary formError={state.formError} />
      <div className="app-honeypot" aria-hidden="true">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton>Send report</SubmitButton>
    </form>
  );
}
