import type { Metadata } from 'next';
import { SummaryList } from '@/components/govuk/summary-list';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { getServiceHealth } from '@/lib/operator/get-service-health';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Service health' };

const minutes = (n: number | null) =>
  n === null ? 'Nothing waiting' : n === 1 ? '1 minute' : `${n.toLocaleString('en-GB')} minutes`;

/** The service operator: how the whole service is doing. Counts only, never a case or a person. */
export default async function ServiceHealthPage() {
  await requirePermission('service.operate');
  const health = await getServiceHealth();
  const queue = health.emailQueue;
  return (
    <>
      <h1 className="govuk-heading-l">Service health</h1>
      <SummaryList
        rows={[
          { key: 'Database', value: health.app.database === 'reachable' ? 'Working' : 'Not answering' },
          { key: 'Database updates', value: health.app.migrations === 'current' ? 'Up to date' : 'Waiting' },
          { key: 'Emails waiting to be sent', value: queue.pending },
          { key: 'Waiting the longest', value: minutes(queue.oldestPendingMinutes) },
          { key: 'Emails being sent now', value: queue.sending },
          { key: 'Emails that could not be delivered', value: queue.dead },
          { key: 'Of those, about a person’s own account', value: health.serviceDeadLetters },
        ]}
      />
      <h2 className="govuk-heading-m">Rising in several areas</h2>
      {health.nationalRises.length === 0 ? (
        <p className="govuk-body">
          No platform has risen in more than one area in the last four weeks. Each partnership still sees its
          own early warnings.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Each partnership&rsquo;s early warning found these platforms rising in the last four weeks. Think
            about a warning for parents everywhere.
          </p>
          <Table
            head={['Platform', 'Areas where it rose']}
            rows={health.nationalRises.map((r) => ({ key: r.platformId, cells: [r.platformName, r.areas] }))}
          />
        </>
      )}
      <Table
        caption="Partnerships"
        captionClassName="govuk-table__caption--m"
        firstCellIsHeader
        head={[
          'Partnership',
          'Schools',
          'Staff roles',
          'Open concerns',
          'Received this month',
          'Closed this month',
          'Emails not delivered',
        ]}
        rows={health.partnerships.map((p) => ({
          key: p.id,
          cells: [
            p.name,
            p.schools,
            p.staffMemberships,
            p.openConcerns,
            p.receivedThisMonth,
            p.closedThisMonth,
            p.deadLetters,
          ],
        }))}
      />
    </>
  );
}
