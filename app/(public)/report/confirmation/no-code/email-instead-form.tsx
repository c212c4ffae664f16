'use client';
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';
import type { FormWords } from '@/lib/i18n/form-words';

/** The form's own text, in the parent's language (the page reads it from the catalogue). */
export interface EmailInsteadText {
  heading: string;
  body: string;
  label: string;
  saving: string;
  submit: string;
}

/** For a parent who did not stay anonymous: an email address the team can use instead of the secret code. */
export function EmailInsteadForm({
  action,
  text,
  words,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  text: EmailInsteadText;
  /** Error messages and the summary's title in the parent's language; English without. */
  words?: FormWords;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const typed = state.values?.reporterEmail;
  const say = (message: string) => words?.errors[message] ?? message;
  const error = state.fieldErrors?.reporterEmail;
  return (
    <>
      <ErrorSummary
        errors={error ? { reporterEmail: say(error) } : undefined}
        formError={state.formError && say(state.formError)}
        title={words?.problem}
      />
      {children}
      <form action={formAction} noValidate>
        <h2 className="govuk-heading-m">{text.heading}</h2>
        <p className="govuk-body">{text.body}</p>
        <TextInput
          name="reporterEmail"
          label={text.label}
          type="email"
          autoComplete="email"
          spellCheck={false}
          maxLength={320}
          defaultValue={typeof typed === 'string' ? typed : undefined}
          error={error && say(error)}
          errorPrefix={words?.errorPrefix}
        />
        <SubmitButton pending={pending} pendingText={text.saving} preventDoubleClick={false}>
          {text.submit}
        </SubmitButton>
      </form>
    </>
  );
}
