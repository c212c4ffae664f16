/**
 * GOV.UK error summary: at the top of the page, focused on load by GOV.UK Frontend's JavaScript, each
 * message linking to its field. `order` lists field names in page order.
 */
export function ErrorSummary({
  errors,
  order,
  formError,
}: {
  errors?: Record<string, string>;
  order?: string[];
  formError?: string;
}) {
  const entries = Object.entries(errors ?? {}).sort(([a], [b]) => rank(order, a) - rank(order, b));
  if (entries.length === 0 && !formError) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {formError && <li>{formError}</li>}
            {entries.map(([field, message]) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function rank(order: string[] | undefined, field: string): number {
  const i = order?.indexOf(field) ?? -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

/** The id of a field's input (or of its first option), which the summary links to. */
export function fieldId(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, '-');
}
