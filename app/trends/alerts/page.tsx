import type { Metadata } from 'next';
import Link from 'next/link';
import { listStaffAlerts } from '@/lib/alerts/list-staff-alerts';
import { PublicationButton } from './publication-button';

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
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Alerts</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Title
              </th>
              <th scope="col" className="govuk-table__header">
                State
              </th>
              <th scope="col" className="govuk-table__header">
                Change
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {alerts.map((alert) => (
              <tr key={alert.id} className="govuk-table__row">
                <td className="govuk-table__cell">{alert.title}</td>
                <td className="govuk-table__cell">
                  <strong className="govuk-tag">{alert.state}</strong>
                </td>
                <td className="govuk-table__cell">
                  <PublicationButton
                    alertId={alert.id}
                    title={alert.title}
                    change={
                      alert.state === 'Published' || alert.state === 'Scheduled' ? 'withdraw' : 'publish'
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
