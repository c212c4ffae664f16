import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/cases/case-labels';
import { formatDate } from '@/lib/format/dates';
import { readIncident } from '@/lib/incidents/read-incident';

// The event's title is never put in the page title: titles reach browser history and tab lists.
export const metadata: Metadata = { title: 'Event' };

type Props = { params: Promise<{ id: string }> };

const cases = (n: number) => (n === 1 ? '1 concern' : `${n} concerns`);
const schools = (n: number) => (n === 1 ? '1 other school' : `${n} other schools`);

export default async function IncidentPage({ params }: Props) {
  const user = await requirePermission('case.read');
  const incident = await readIncident(user, (await params).id);
  if (!incident) notFound();
  const { elsewhere } = incident;
  return (
    <>
      <Link href="/cases" className="govuk-back-link">
        All cases
      </Link>
      <span className="govuk-caption-l">Event</span>
      <h1 className="govuk-heading-l">
        <bdi>{incident.title}</bdi>
      </h1>
      <p className="govuk-body">
        Concerns grouped because they are about the same thing. Each case stays its own, with its own child
        and chronology. Started {formatDate(incident.createdAt)}.
      </p>
      <h2 className="govuk-heading-m">Cases you can see</h2>
      <Table
        caption="Cases you can see"
        captionClassName="govuk-visually-hidden"
        head={['Case', 'School', 'Received', 'Status']}
        firstCellIsHeader
        rows={incident.cases.map((c) => ({
          key: c.reference,
          cells: [
            <Link key="case" className="govuk-link" href={`/cases/${encodeURIComponent(c.reference)}`}>
              {c.reference}
            </Link>,
            c.schoolName ?? 'Front door',
            formatDate(c.receivedAt),
            STATUS_LABELS[c.status],
          ],
        }))}
      />
      {elsewhere.concerns > 0 && (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            This event also involves {cases(elsewhere.concerns)}
            {elsewhere.schools > 0 ? ` at ${schools(elsewhere.schools)}` : ''} that other teams hold. You
            cannot see them here.
          </p>
          <p className="govuk-body">
            {incident.frontDoorEmail ? (
              <>
                To talk about them, contact the front-door team at{' '}
                <a className="govuk-link" href={`mailto:${incident.frontDoorEmail}`}>
                  {incident.frontDoorEmail}
                </a>
                .
              </>
            ) : (
              'To talk about them, contact your partnership’s front-door team.'
            )}
          </p>
        </div>
      )}
    </>
  );
}
