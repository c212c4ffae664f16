// GOV.UK select, server-rendered: the one select of the staff pages (administration, trends, warnings).
import { fieldId } from './field-id';
import { describedBy, ErrorMessage, Hint } from './fields';

export function SelectField({
  name,
  label,
  hint,
  error,
  value,
  options,
}: {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value?: string | undefined;
  options: { value: string; text: string }[];
}) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        defaultValue={value ?? ''}
        aria-describedby={describedBy(id, hint, error)}
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
