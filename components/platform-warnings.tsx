import Link from 'next/link';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { WarningText } from './warning-text';

/** Published warnings for parents, for the start page. Renders nothing when there are none. */
export async function PlatformWarnings() {
  const warnings = await listPublishedWarnings();
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="platform-warnings-title" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-l" id="platform-warnings-title">
        Warnings for parents
      </h2>
      {warnings.map((warning) => (
        <div key={warning.id} className="govuk-inset-text">
          <h3 className="govuk-heading-m">{warning.title}</h3>
          {warning.platformName && warning.platformSlug && (
            <p className="govuk-body-s">
              About:{' '}
              <Link className="govuk-link" href={`/advice/${warning.platformSlug}`}>
                {warning.platformName}
              </Link>
            </p>
          )}
          <h4 className="govuk-heading-s">What you should know</h4>
          <WarningText text={warning.whatToKnow} />
          <h4 className="govuk-heading-s">What you can do</h4>
          <WarningText text={warning.whatToDo} />
          <p className="govuk-body">
            <Link className="govuk-link" href={`/warnings/${warning.id}/print`}>
              Print this as a letter<span className="govuk-visually-hidden">: {warning.title}</span>
            </Link>
          </p>
        </div>
      ))}
    </section>
  );
}
