import type { PassedOnLine } from '@/lib/cases/list-passed-on-cases';
import { formatDate } from '@/lib/format/dates';

/** The one line a team keeps of each case it passed on: the case itself is the new team's now. */
export function PassedOnList({ lines }: { lines: PassedOnLine[] }) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="passed-on">
      <h2 className="govuk-heading-m" id="passed-on">
        Cases you passed on
      </h2>
      <ul className="govuk-list govuk-list--spaced" data-testid="passed-on">
        {lines.map((line) => (
          <li key={line.id}>
            <strong>{line.reference}</strong>: Passed to {line.to} on {formatDate(line.at)} by {line.by}:{' '}
            <span className="app-preserve-lines">{line.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
