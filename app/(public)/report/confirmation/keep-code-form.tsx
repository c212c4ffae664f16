'use client';
import Link from 'next/link';
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextInput } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';
import type { FormWords } from '@/lib/i18n/form-words';

/** The form's own text, in the parent's language (the page reads it from the catalogue). */
export interface KeepCodeText {
  heading: string;
  label: string;
  hint: string;
  checking: string;
  submit: string;
  cannotKeep: string;
}

/**
 * Before leaving, the parent types back the end of their secret code (the whole code is taken too). The
 * page's own content (the code itself) sits between the error summary and the form, so a wrong answer
 * shows the summary at the top of the page and the code still in view.
 */
export function KeepCodeForm({
  action,
  text,
  words,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  text: KeepCodeText;
  /** Error messages and the summary's title in the parent's language; English without. */
  words?: FormWords;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const say = (message: string) => words?.errors[message] ?? message;
  const error = state.fieldErrors?.code;
  return (
    <>
      <ErrorSummary
        errors={error ? { code: say(error) } : undefined}
        formError={state.formError && say(state.formError)}
        title={words?.problem}
      />
      {children}
      <form action={formAction} className="app-no-print" noValidate>
        <h2 className="govuk-heading-m">{text.heading}</h2>
        <TextInput
          name="code"
          label={text.label}
          hint={text.hint}
          error={error && say(error)}
          errorPrefix={words?.errorPrefix}
          width={10}
          maxLength={40}
          spellCheck={false}
        />
        <SubmitButton pending={pending} pendingText={text.checking} preventDoubleClick={false}>
          {text.submit}
        </SubmitButton>
      </form>
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" href="/report/confirmation/no-code">
          {text.cannotKeep}
        </Link>
      </p>
    </>
  );
}
