'use client';
// One form on the case record. It works without JavaScript (a plain POST to the server action); with it,
// the page updates in place. Errors come back from the server as a GOV.UK error summary plus a message at
// each field, with what was typed kept.
import { useActionState, type ReactNode } from 'react';
import { typedValue, type FormState } from '@/lib/actions/form-state';
import { ErrorSummary } from '@/components/forms/error-summary';
import { ChoiceGroup, SubmitButton, Textarea, TextInput, type Choice } from '@/components/forms/fields';
import { SelectField } from '@/components/forms/select-field';

export type CaseField =
  | { kind: 'textarea'; name: string; label: string; hint?: string; maxLength: number; rows?: number }
  | { kind: 'text'; name: string; label: string; hint?: string; maxLength: number; width?: 10 | 20 | 30 }
  | { kind: 'radios'; name: string; legend: string; hint?: string; choices: Choice[] }
  | { kind: 'checkboxes'; name: string; legend: string; hint?: string; choices: Choice[] }
  | {
      kind: 'select';
      name: string;
      label: string;
      hint?: string;
      options: { value: string; text: string }[];
    };

export function CaseActionForm({
  action,
  reference,
  version,
  fields,
  submit,
  id,
  hidden = {},
  done,
  instead,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The case the form changes; none for a form about something else (a child's whole file, `hidden`). */
  reference?: string;
  version: number;
  fields: CaseField[];
  submit: string;
  id: string;
  /** More fields the server needs back as they are (which request a form answers). */
  hidden?: Record<string, string>;
  /** Shown in place of the form once the action succeeded with a message (its message shown as a code):
   * what the person must see once, such as an emailed link's passcode. */
  done?: { title: string; body: ReactNode };
  /** Shown in place of the form while it cannot be used (the page says why); `done` still wins, so a page
   * drawn again after the action (without JavaScript) still shows what the action returned. */
  instead?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  if (done && state.ok && state.message) {
    return (
      <div data-testid={`${id}-done`}>
        <div className="govuk-panel govuk-panel--confirmation">
          <h2 className="govuk-panel__title">{done.title}</h2>
          <div className="govuk-panel__body">
            <strong className="app-code" data-testid={`${id}-code`}>
              {state.message}
            </strong>
          </div>
        </div>
        {done.body}
      </div>
    );
  }
  if (instead) return <>{instead}</>;
  const errors = state.fieldErrors;
  const values = (name: string) => (state.ok ? undefined : state.values?.[name]);
  const value = (name: string) => typedValue(state, name);
  return (
    <form action={formAction} noValidate id={id} data-testid={id}>
      <ErrorSummary errors={errors} formError={state.formError} order={fields.map((f) => f.name)} />
      {state.ok && state.message && <Confirmation>{state.message}</Confirmation>}
      {reference !== undefined && <input type="hidden" name="reference" value={reference} />}
      <input type="hidden" name="version" value={version} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) =>
        field.kind === 'radios' || field.kind === 'checkboxes' ? (
          <ChoiceGroup
            key={field.name}
            type={field.kind === 'radios' ? 'radio' : 'checkbox'}
            name={field.name}
            legend={field.legend}
            hint={field.hint}
            choices={field.choices}
            selected={field.kind === 'radios' ? value(field.name) : values(field.name)}
            error={errors?.[field.name]}
            small
          />
        ) : field.kind === 'select' ? (
          <SelectField key={field.name} {...field} value={value(field.name)} error={errors?.[field.name]} />
        ) : field.kind === 'textarea' ? (
          <Textarea
            key={field.name}
            {...field}
            defaultValue={value(field.name)}
            error={errors?.[field.name]}
            rows={field.rows ?? 4}
          />
        ) : (
          <TextInput
            key={field.name}
            {...field}
            defaultValue={value(field.name)}
            error={errors?.[field.name]}
          />
        ),
      )}
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}

function Confirmation({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
