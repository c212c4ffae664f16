import type { ReactNode } from 'react';

/** GOV.UK's details component: a summary line that reveals its content, without JavaScript. */
export function Details({
  summary,
  children,
  open,
  id,
}: {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
}) {
  return (
    <details className="govuk-details" open={open} id={id}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
