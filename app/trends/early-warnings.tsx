import Link from 'next/link';

/** The early-warning flags of the last 28 days, in describeFlag's words, and what to do about one. */
export function EarlyWarnings({ flags }: { flags: { id: string; text: string }[] }) {
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="flags-title">
      <h2 className="govuk-heading-m" id="flags-title">
        Early warnings
      </h2>
      {flags.length === 0 ? (
        <p className="govuk-body">No early warnings in the last 28 days.</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--bullet" id="flags">
            {flags.map((flag) => (
              <li key={flag.id}>{flag.text}</li>
            ))}
          </ul>
          <p className="govuk-body">
            If parents need to know about one of these,{' '}
            <Link className="govuk-link" href="/trends/warnings/new">
              write a warning for parents
            </Link>
            .
          </p>
        </>
      )}
    </section>
  );
}
