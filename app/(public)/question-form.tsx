'use client';
// The one form of the question pages. Without JavaScript it posts to the server action and the page comes
// back with the error summary; with JavaScript the same zod schema checks the answers before they leave.
import { useActionState, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/fields';
import { formDataToObject, zodFieldErrors } from '@/lib/actions/form-data';
import type { FormState } from '@/lib/actions/form-state';
import { FORM_SCHEMAS, type FormSchemaName } from '@/lib/reporting/schemas';
import { fieldOrder, Fields, type FieldSpec } from './field-spec';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function QuestionForm({
  action,
  schema,
  fields,
  values,
  submitLabel = 'Continue',
  children,
}: {
  action: Action;
  schema: FormSchemaName;
  fields: FieldSpec[];
  values?: Record<string, string | string[] | undefined>;
  submitLabel?: string;
  /** Shown between the fields and the button. */
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const successId = useId();
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const shown = state.values ?? values ?? {};

  useEffect(() => {
    const box = summary.current?.querySelector<HTMLElement>('.govuk-error-summary');
    if (!box) return;
    box.setAttribute('tabindex', '-1');
    box.focus();
  }, [clientErrors, state]);

  function check(event: FormEvent<HTMLFormElement>) {
    const parsed = FORM_SCHEMAS[schema].safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(zodFieldErrors(parsed.error));
  }

  return (
    <>
      {state.message && !clientErrors && (
        <div
          className="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby={successId}
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id={successId}>
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{state.message}</p>
          </div>
        </div>
      )}
      <div ref={summary}>
        <ErrorSummary errors={errors} order={fieldOrder(fields)} formError={state.formError} />
      </div>
      <form action={formAction} onSubmit={check} noValidate>
        <Fields fields={fields} values={shown} errors={errors} />
        {children}
        <SubmitButton preventDoubleClick={false}>{submitLabel}</SubmitButton>
      </form>
    </>
  );
}
