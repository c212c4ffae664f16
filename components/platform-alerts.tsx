import Link from 'next/link';
import { listPublishedAlerts } from '@/lib/alerts/list-published-alerts';
import { AlertText } from './alert-text';

/** Published alerts for parents, for the start page. Renders nothing when there are none. */
export async function PlatformAlerts() {
  const alerts = await listPublishedAlerts();
  if (alerts.length === 0) return null;
  return (
    <section aria-labelledby="platform-alerts-title" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-l" id="platform-alerts-title">
        Warnings for parents
      </h2>
      {alerts.map((alert) => (
        <div key={alert.id} className="govuk-inset-text">
          <h3 className="govuk-heading-m">{alert.title}</h3>
          {alert.platformName && alert.platformSlug && (
            <p className="govuk-body-s">
              About:{' '}
              <Link className="govuk-link" href={`/advice/${alert.platformSlug}`}>
                {alert.platformName}
              </Link>
            </p>
          )}
          <h4 className="govuk-heading-s">What you should know</h4>
          <AlertText text={alert.whatToKnow} />
          <h4 className="govuk-heading-s">What you can do</h4>
          <AlertText text={alert.whatToDo} />
          <p className="govuk-body">
            <Link className="govuk-link" href={`/alerts/${alert.id}/print`}>
              Print this as a letter<span className="govuk-visually-hidden">: {alert.title}</span>
            </Link>
          </p>
        </div>
      ))}
    </section>
  );
}
