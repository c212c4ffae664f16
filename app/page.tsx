import Link from 'next/link';
import { PlatformAlerts } from '@/components/platform-alerts';

export const dynamic = 'force-dynamic';

export default function StartPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Report a concern about a child online</h1>
        <p className="govuk-body">
          Use this service if your child saw something sexual, violent or upsetting online, or if someone they
          do not know asked them for pictures or videos.
        </p>
        <p className="govuk-body">Your report goes to the safeguarding team at your child’s school.</p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            If a child is in danger right now, call 999.
          </strong>
        </div>
        <div className="govuk-inset-text">
          We are still building this service. You cannot send a report here yet. Please speak to the
          safeguarding lead at your child’s school.
        </div>
        <PlatformAlerts />
        <p className="govuk-body">
          <Link className="govuk-link" href="/api/health">
            Service status
          </Link>
        </p>
      </div>
    </div>
  );
}
