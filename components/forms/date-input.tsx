// GOV.UK date input, server-rendered: the one date input of the staff pages (administration).
import { fieldId } from './field-id';
import { describedBy, ErrorMessage, Hint } from './fields';

/** GOV.UK date input. Its error is reported against `<name>-day`, the first box. */
export function DateField({
  name,
  label,
  hint,
  error,
  defaultValue,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: { day: string; month: string; year: string };
}) {
  const id = fieldId(name);
  const parts = [
    { part: 'day', label: 'Day', width: 2 },
    { part: 'month', label: 'Month', width: 2 },
    { part: 'year', label: 'Year', width: 4 },
  ] as const;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className="govuk-date-input">
          {parts.map(({ part, label: partLabel, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={fieldId(`${name}-${part}`)}>
                  {partLabel}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  id={fieldId(`${name}-${part}`)}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={defaultValue[part]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
