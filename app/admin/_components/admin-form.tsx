'use client';
// One form component for the administration pages: each page describes its fields as data and passes a
// server action made with defineAction. Works without JavaScript (a plain POST); with it, React keeps the
// page and shows the result. Errors: GOV.UK error summary plus a message at each field, answers kept.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { ChoiceGroup, SubmitButton, Textarea, TextInput } from '@/components/forms/fields';
import type { FormState } from '@/lib/actions/form-state';
import { SelectField } from '@/components/forms/select-field';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { DateField } from '@/components/forms/date-input';

/**
 * A field on an administration form. Not the parent's question-page `FieldSpec`
 * (app/(public)/field-spec.tsx): admin forms edit a saved record, so each field carries its
 * `defaultValue` and admin forms have selects and dates; question pages keep answers in a draft, reveal
 * conditional questions and can make the label the page heading. One type would give each renderer kinds
 * it cannot draw.
 */
export type AdminFieldSpec =
  | {
      kind: 'text';
      name: string;
      label: string;
      hint?: string;
      defaultValue?: string;
      maxLength?: number;
      width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
      type?: 'text' | 'email';
      inputMode?: 'numeric';
    }
  | { kind: 'textarea'; name: string; label: string; hint?: string; defaultValue?: string; maxLength: number }
  | {
      kind: 'radios' | 'checkboxes';
      name: string;
      label: string;
      hint?: string;
      defaultValue?: string | string[];
      choices: { value: string; label: string; hint?: string }[];
    }
  | {
      kind: 'select';
      name: string;
      label: string;
      hint?: string;
      defaultValue?: string;
      choices: { value: string; label: string }[];
    }
  | {
      kind: 'date';
      name: string;
      label: string;
      hint?: string;
      defaultValue?: { day: string; month: string; year: string };
    };

export function AdminForm({
  action,
  fields,
  submitLabel,
  hidden,
  secondary,
  warning,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: AdminFieldSpec[];
  submitLabel: string;
  hidden?: Record<string, string>;
  secondary?: boolean;
  warning?: string;
}) {
  const [state, formAction] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name];
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        errors={errors}
        order={fields.flatMap((f) => [f.name, `${f.name}-day`])}
        formError={state.formError}
      />
      {state.ok && state.message && <NotificationBanner success heading={state.message} />}
      {Object.entries(hidden ?? {}).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {fields.map((field) => (
        <Field
          key={field.name}
          field={field}
          error={errors[field.name] ?? errors[`${field.name}-day`]}
          typed={value}
        />
      ))}
      {warning && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {warning}
          </strong>
        </div>
      )}
      <SubmitButton secondary={secondary}>{submitLabel}</SubmitButton>
    </form>
  );
}

function Field({
  field,
  error,
  typed,
}: {
  field: AdminFieldSpec;
  error?: string;
  typed: (name: string) => string | string[] | undefined;
}) {
  const text = (name: string, fallback?: string) => {
    const v = typed(name);
    return typeof v === 'string' ? v : fallback;
  };
  switch (field.kind) {
    case 'text':
      return <TextInput {...field} error={error} defaultValue={text(field.name, field.defaultValue)} />;
    case 'textarea':
      return <Textarea {...field} error={error} defaultValue={text(field.name, field.defaultValue)} />;
    case 'radios':
    case 'checkboxes':
      return (
        <ChoiceGroup
          type={field.kind === 'radios' ? 'radio' : 'checkbox'}
          name={field.name}
          legend={field.label}
          hint={field.hint}
          error={error}
          choices={field.choices}
          selected={typed(field.name) ?? field.defaultValue}
        />
      );
    case 'select':
      return (
        <SelectField
          name={field.name}
          label={field.label}
          hint={field.hint}
          error={error ?? undefined}
          value={text(field.name, field.defaultValue)}
          options={[
            { value: '', text: 'Choose' },
            ...field.choices.map((c) => ({ value: c.value, text: c.label })),
          ]}
        />
      );
    case 'date':
      return (
        <DateField
          {...field}
          error={error ?? undefined}
          defaultValue={{
            day: text(`${field.name}-day`, field.defaultValue?.day) ?? '',
            month: text(`${field.name}-month`, field.defaultValue?.month) ?? '',
            year: text(`${field.name}-year`, field.defaultValue?.year) ?? '',
          }}
        />
      );
  }
}
