import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/cases/case-labels';
import { listChildRecords } from '@/lib/children/list-child-records';
import { formatDate } from '@/lib/format/dates';

export const metadata: Metadata = { title: 'Children' };

export default async function ChildrenPage() {
  const user = await requirePermission('children.read');
  const children = await listChildRecords(user);
  if (!children) notFound();
  return (
    <>
      <h1 className="govuk-heading-l">Children</h1>
      <p className="govuk-body">
        Each child record brings together every case about one child at your school. Link a case to a child
        from the case’s page.
      </p>
      {children.length === 0 ? (
        <p className="govuk-body">There are no child records yet.</p>
      ) : (
        <Table
          caption="Child records, newest first"
          captionClassName="govuk-visually-hidden"
          head={['Child', 'Year group', 'School', { text: 'Cases', numeric: true }, 'Record made']}
          firstCellIsHeader
          rows={children.map((c) => ({
            key: c.id,
            cells: [
              <Link key="name" className="govuk-link" href={`/children/${c.id}`}>
                <bdi>{c.name}</bdi>
              </Link>,
              c.yearGroup === null ? 'Not known' : schoolYearLabel(c.yearGroup),
              c.school.name,
              { content: c.concernCount, numeric: true },
              formatDate(c.createdAt),
            ],
          }))}
        />
      )}
    </>
  );
}
