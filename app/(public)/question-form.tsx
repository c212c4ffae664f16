'use client';
// The one form of the question pages. Without JavaScript it posts to the server action and the page comes
// back with the error summary. With JavaScript, react-hook-form checks the answers first with the same zod
// schema (zodResolver), shows the same error summary and field messages without a round trip, and checks
// each answer again as it is corrected; answers that pass go to the same server action, whose own errors
// (a school that no longer exists, an "other" platform with no name) still show.
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
import { useForm, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import { ErrorSummary, focusErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/fields';
import { formDataToObject } from '@/lib/actions/form-data';
import type { FormState } from '@/lib/actions/form-state';
import type { FormWords } from '@/lib/i18n/form-words';
import type { FormSchemaName } from '@/lib/reporting/schemas';
import { fieldOrder, Fields, type FieldSpec } from './field-spec';
import { NotificationBanner } from '@/components/govuk/notification-banner';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function QuestionForm({
  action,
  schema,
  fields,
  values,
  submitLabel = 'Continue',
  words,
  children,
}: {
  action: Action;
  schema: FormSchemaName;
  fields: FieldSpec[];
  values?: Record<string, string | string[] | undefined>;
  submitLabel?: string;
  /** The form's own words in the parent's language (lib/i18n/get-form-words.ts); English without. */
  words?: FormWords;
  /** Shown between the fields and the button. */
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  const [resolver] = useState(() => postedAnswersResolver(schema));
  const { register, handleSubmit, trigger, formState, reset } = useForm<FieldValues>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // GOV.UK moves focus to the error summary, not to the first field.
    shouldFocusError: false,
  });
  const registered = useRef(new WeakSet<Element>());
  // A server answer that the browser's own check has since replaced: its field errors are no longer shown.
  const [replaced, setReplaced] = useState<FormState | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const successId = useId();
  const clientErrors = messages(formState.errors);
  const checkedHere = Object.keys(clientErrors).length > 0;
  const serverState = state === replaced ? {} : state;
  const say = (message: string) => words?.errors[message] ?? message;
  const errors = Object.fromEntries(
    Object.entries(checkedHere ? clientErrors : (serverState.fieldErrors ?? {})).map(([name, m]) => [
      name,
      say(m),
    ]),
  );
  const formError = checkedHere || !serverState.formError ? undefined : say(serverState.formError);
  const shown = state.values ?? values ?? {};

  // After each refused attempt, in the browser or on the server. react-hook-form may publish its errors a
  // render after the attempt is counted, so their arrival counts too.
  useEffect(
    () => focusErrorSummary(summary.current?.querySelector<HTMLElement>('.govuk-error-summary')),
    [attempt, state, checkedHere],
  );
  // A form that stays on the page after success (a follow-up message) is emptied, so what was sent is not
  // left in the box to be sent again. Without JavaScript the page comes back empty anyway.
  useEffect(() => {
    if (state.ok) emptyForm(form.current, reset);
  }, [state, reset]);

  const submit = handleSubmit(
    (_values, event) => {
      const answers = new FormData(event?.target as HTMLFormElement);
      startTransition(() => formAction(answers));
    },
    () => {
      setReplaced(state);
      setAttempt((n) => n + 1);
    },
  );

  function registerField(name: string) {
    const registration = register(name);
    return {
      ...registration,
      ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
        if (element) registered.current.add(element);
        registration.ref(element);
      },
    };
  }

  /** Inputs React does not render (the school type-ahead's box) are checked again as they change too. */
  function recheckOthers(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (formState.isSubmitted && target.name && !registered.current.has(target)) void trigger(target.name);
  }

  return (
    <>
      {state.message && !checkedHere && (
        <NotificationBanner success title={words?.success} titleId={successId} heading={say(state.message)} />
      )}
      <div ref={summary}>
        <ErrorSummary
          errors={errors}
          order={fieldOrder(fields)}
          formError={formError}
          title={words?.problem}
        />
      </div>
      <form
        ref={form}
        action={formAction}
        onSubmit={submit}
        onInput={recheckOthers}
        onFocus={warmSchemas}
        noValidate
      >
        <Fields
          fields={fields}
          values={shown}
          errors={errors}
          register={registerField}
          errorPrefix={words?.errorPrefix}
        />
        {children}
        <SubmitButton preventDoubleClick={false}>{submitLabel}</SubmitButton>
      </form>
    </>
  );
}

/**
 * zodResolver over what the form would post, not over react-hook-form's own copy of the values: the
 * schema then sees exactly what the server action sees (checkboxes as lists, an unchosen radio as
 * missing, the type-ahead's box that React does not render).
 */
function postedAnswersResolver(schema: FormSchemaName): Resolver<FieldValues> {
  return async (values, context, options) => {
    const loaded = await loadSchemas();
    // Not fetched (the connection dropped): the server action checks the answers instead.
    if (!loaded) return { values, errors: {} };
    const check = zodResolver(loaded[schema] as never) as unknown as Resolver<FieldValues>;
    const form = Object.values(options.fields)
      .flatMap((field) => [field.ref, ...(field.refs ?? [])])
      .find((ref): ref is HTMLInputElement => ref instanceof HTMLElement && 'form' in ref)?.form;
    return check(form ? formDataToObject(new FormData(form)) : values, context, options);
  };
}

/**
 * The schemas (and zod with them, about 50 kB compressed) are fetched when the parent first touches the
 * form, not with the page: a phone on a slow connection paints the question sooner, and the check is there
 * by the time they press Continue (the resolver waits for it if not). Without JavaScript nothing changes.
 */
let schemas: Promise<typeof import('@/lib/reporting/schemas').FORM_SCHEMAS | undefined> | undefined;
function warmSchemas(): void {
  void loadSchemas();
}
function loadSchemas() {
  schemas ??= import('@/lib/reporting/schemas').then(
    (module) => module.FORM_SCHEMAS,
    () => {
      schemas = undefined; // try again at the next press
      return undefined;
    },
  );
  return schemas;
}

/** Back to the page's own empty answers, here and in react-hook-form, and the character counts told. */
function emptyForm(form: HTMLFormElement | null, resetChecks: () => void): void {
  if (!form) return;
  form.reset();
  resetChecks();
  for (const box of form.querySelectorAll('textarea'))
    box.dispatchEvent(new Event('input', { bubbles: true }));
}

function messages(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([name, error]) =>
      typeof error?.message === 'string' ? [[name, error.message]] : [],
    ),
  );
}
