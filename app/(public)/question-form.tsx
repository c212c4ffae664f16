'use client';
// The one form of the question pages. Without JavaScript it posts to the server action and the page comes
// back with the error summary. With JavaScript, react-hook-form checks the answers with the same zod schema
// (through @hookform/resolvers) before they leave, and again as the parent corrects them.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  startTransition,
  useActionState,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useForm, type FieldErrors, type FieldValues } from 'react-hook-form';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/fields';
import { formDataToObject } from '@/lib/actions/form-data';
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
  // The inputs stay plain server-rendered fields (they must work without JavaScript), so react-hook-form is
  // handed what the form would post — the same object the server action validates — rather than refs.
  const form = useForm<FieldValues>({
    resolver: zodResolver(FORM_SCHEMAS[schema] as Parameters<typeof zodResolver>[0]) as never,
  });
  const tried = useRef(false);
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

  async function validate(element: HTMLFormElement): Promise<boolean> {
    form.reset(formDataToObject(new FormData(element)));
    const valid = await form.trigger();
    setClientErrors(valid ? null : flatten(form.formState.errors));
    return valid;
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    tried.current = true;
    void validate(element).then((valid) => {
      if (valid) startTransition(() => formAction(new FormData(element)));
    });
  }

  /** After a first attempt, messages update as the parent fixes each answer. */
  function recheck(event: FormEvent<HTMLFormElement>) {
    if (tried.current) void validate(event.currentTarget);
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
      <form action={formAction} onSubmit={check} onChange={recheck} noValidate>
        <Fields fields={fields} values={shown} errors={errors} />
        {children}
        <SubmitButton preventDoubleClick={false}>{submitLabel}</SubmitButton>
      </form>
    </>
  );
}

/** react-hook-form's errors, keyed like the server's: one message per field name. */
function flatten(errors: FieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    const message = firstMessage(error);
    if (message) out[name] = message;
  }
  return out;
}

function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  for (const [key, value] of Object.entries(error)) {
    if (key === 'ref') continue;
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}
