// Plain GOV.UK select and text fields for the GET filter form, with an error message at the field.
import type { ReactNode } from 'react';
import { fieldId } from '@/components/forms/field-id';

type Option = { value: string; label: string };

export function Select({
  name,
  label,
  options,
  values,
  errors,
}: {
  name: string;
  label: string;
  options: Option[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const id = fieldId(name);
  return (
    <Group name={name} errors={errors}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <ErrorText name={name} errors={errors} />
      <select
        className="govuk-select"
        id={id}
        name={name}
        defaultValue={values[name] ?? ''}
        aria-describedby={errors[name] ? `${id}-error` : undefined}
      >
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

function Group({
  name,
  errors,
  children,
}: {
  name: string;
  errors: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <div className={`govuk-form-group${errors[name] ? ' govuk-form-group--error' : ''}`}>{children}</div>
  );
}

function ErrorText({ name, errors }: { name: string; errors: Record<string, string> }) {
  return errors[name] ? (
    <p id={`${fieldId(name)}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {errors[name]}
    </p>
  ) : null;
}

export function Text({
  name,
  label,
  hint,
  values,
  errors,
}: {
  name: string;
  label: string;
  hint?: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const id = fieldId(name);
  const describedBy =
    [hint ? `${id}-hint` : '', errors[name] ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Group name={name} errors={errors}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorText name={name} errors={errors} />
      <input
        className={`govuk-input${errors[name] ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type="text"
        defaultValue={values[name] ?? ''}
        aria-describedby={describedBy}
        autoComplete="off"
      />
    </Group>
  );
}
