import type { Metadata } from 'next';
import Link from 'next/link';
import { listStaffAlerts } from '@/lib/alerts/list-staff-alerts';
import { PublicationButton } from './publication-button';
import { Table } from '@/components/govuk/table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Alerts for parents' };

export default async function AlertsPage() {
  const alerts = await listStaffAlerts();
  return (
    <>
      <h1 className="govuk-heading-xl">Alerts for parents</h1>
      <p className="govuk-body">
        Published alerts show on the start page. Drafts are seen only by partnership staff.
      </p>
      <Link className="govuk-button" href="/trends/alerts/new">
        Write an alert
      </Link>
      {alerts.length === 0 ? (
        <p className="govuk-body">There are no alerts yet.</p>
      ) : (
        <Table
          caption="Alerts"
          captionClassName="govuk-table__caption--m"
          head={['Title', 'State', 'Change']}
          rows={alerts.map((alert) => ({
            key: alert.id,
            cells: [
              alert.title,
              <strong key="state" className="govuk-tag">
                {alert.state}
              </strong>,
              <PublicationButton
                key="change"
                alertId={alert.id}
                title={alert.title}
                change={alert.state === 'Published' || alert.state === 'Scheduled' ? 'withdraw' : 'publish'}
              />,
            ],
          }))}
        />
      )}
    </>
  );
}
