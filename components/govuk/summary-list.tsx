import Link from 'next/link';
import type { ReactNode } from 'react';

export interface SummaryListRow {
  key: string;
  value: ReactNode;
  /** Where the user changes this answer; the link names the row for screen readers. */
  change?: string;
}

/** A GOV.UK summary list: https://design-system.service.gov.uk/components/summary-list/ */
export function SummaryList({
  rows,
  className,
  valueClassName,
  changeLabel = 'Change',
}: {
  rows: SummaryListRow[];
  /** The Change link's word, in the page's language. */
  changeLabel?: string;
  /** Extra list classes, such as a margin override. */
  className?: string;
  /** Extra value classes, such as `app-preserve-lines` for what a parent typed. */
  valueClassName?: string;
}) {
  return (
    <dl className={className ? `govuk-summary-list ${className}` : 'govuk-summary-list'}>
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd
            className={
              valueClassName ? `govuk-summary-list__value ${valueClassName}` : 'govuk-summary-list__value'
            }
          >
            {row.value}
          </dd>
          {row.change && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={row.change}>
                {changeLabel}
                <span className="govuk-visually-hidden"> {row.key.toLowerCase()}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
