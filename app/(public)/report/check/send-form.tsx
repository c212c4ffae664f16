'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';

/** The Send button, and a field only bots fill in (hidden from people and from screen readers). With
 * JavaScript, the button shows that the report is being sent and takes one press; without it, the
 * browser's own loading indicator does. */
export function SendForm({
  action,
  words,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The form's words in the parent's language. */
  words: {
    send: string;
    sending: string;
    sendingStatus: string;
    honeypot: string;
    problem: string;
    /** English message → the same in the parent's language (lib/i18n/get-form-words.ts). */
    errors?: Record<string, string>;
  };
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} aria-busy={pending || undefined}>
      <ErrorSummary
        formError={state.formError && (words.errors?.[state.formError] ?? state.formError)}
        title={words.problem}
      />
      <p className="govuk-visually-hidden" role="status">
        {pending ? words.sendingStatus : ''}
      </p>
      <div className="app-honeypot" aria-hidden="true">
        <label htmlFor="website">{words.honeypot}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      {/* Back from a send that gave up waiting (lib/reporting/send-actions.ts `notSent`). */}
      <input type="hidden" name="sentToken" value={String(state.values?.sentToken ?? '')} />
      <SubmitButton pending={pending} pendingText={words.sending}>
        {words.send}
      </SubmitButton>
    </form>
  );
}
