import { fieldId } from '@/components/forms/error-summary';

/** GOV.UK select, server-rendered. */
export function SelectField({
  name,
  label,
  options,
  value,
  error,
}: {
  name: string;
  label: string;
  options: { value: string; text: string }[];
  value?: string;
  error?: string;
}) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        defaultValue={value ?? ''}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
