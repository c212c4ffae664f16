import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { ROLE_LABELS } from '@/lib/accounts/invitation-schema';
import { requirePermission } from '@/lib/auth/session';
import { getSchool, getSchoolTeam } from '@/lib/schools/get-school-team';
import { AdminForm } from '../../_components/admin-form';
import { changeSchoolActive, editSchool } from '../actions';
import { schoolFields } from '../school-fields';
import { NotificationBanner } from '@/components/govuk/notification-banner';

export const metadata: Metadata = { title: 'School' };

export default async function SchoolPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const user = await requirePermission('schools.manage');
  const partnershipId = partnershipFor(user, 'schools.manage');
  const { id } = await params;
  const school = await getSchool(partnershipId, id);
  if (!school) notFound();
  const team = await getSchoolTeam(partnershipId, school.id);
  const notified = team.filter((m) => m.notified);
  const added = (await searchParams).added === '1';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {added && <NotificationBanner success heading="The school has been added" />}
        <span className="govuk-caption-l">
          URN {school.urn}
          {school.active ? '' : ' · inactive'}
        </span>
        <h1 className="govuk-heading-l">{school.name}</h1>

        <h2 className="govuk-heading-m">Who is told about new concerns</h2>
        {notified.length === 0 ? (
          <div className="govuk-inset-text">
            Nobody at this school can be told. Concerns about it go to the partnership’s front-door team until
            a DSL or deputy is invited.
          </div>
        ) : (
          <p className="govuk-body">A new concern about this school is emailed to:</p>
        )}
        <ul className="govuk-list govuk-list--bullet">
          {team.map((m) => (
            <li key={`${m.id}-${m.role}`}>
              <Link className="govuk-link" href={`/admin/staff/${m.id}`}>
                {m.name}
              </Link>
              , {ROLE_LABELS[m.role]}
              {m.notified ? '' : ' (deactivated: gets no email)'}
            </li>
          ))}
        </ul>
        <p className="govuk-body">
          <Link className="govuk-link" href="/admin/staff/invite">
            Invite a DSL or deputy
          </Link>
        </p>

        <h2 className="govuk-heading-m">Details</h2>
        <AdminForm
          action={editSchool}
          fields={schoolFields(school)}
          hidden={{ schoolId: school.id }}
          submitLabel="Save details"
        />

        <h2 className="govuk-heading-m">{school.active ? 'Deactivate' : 'Reactivate'}</h2>
        <p className="govuk-body">
          {school.active
            ? 'An inactive school is no longer offered to parents. Concerns already sent about it are kept as they are.'
            : 'Parents will be able to choose this school again.'}
        </p>
        <AdminForm
          action={changeSchoolActive}
          fields={[]}
          hidden={{ schoolId: school.id, active: school.active ? 'false' : 'true' }}
          submitLabel={school.active ? 'Deactivate school' : 'Reactivate school'}
          secondary
        />
      </div>
    </div>
  );
}
