import type { Metadata } from 'next';
import { AdminForm } from '@/app/admin/_components/admin-form';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/dates';
import { listPartnerships } from '@/lib/partnerships/list-partnerships';
import { addPartnership, addPartnershipHostAction } from './actions';
import { HostRows } from './host-rows';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Partnerships' };

/** The service operator: the partnerships on this service, and adding one with its first administrator. */
export default async function PartnershipsPage() {
  await requirePermission('service.operate');
  const partnerships = await listPartnerships();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Partnerships</h1>
        <Table
          caption={`${partnerships.length} on this service`}
          captionClassName="govuk-table__caption--m"
          head={['Name', 'Short name', 'Web addresses', 'Added']}
          rows={partnerships.map((p) => ({
            key: p.id,
            cells: [p.name, p.slug, p.hostnames.join(', ') || 'None yet', formatDate(p.createdAt)],
          }))}
        />
        <h2 className="govuk-heading-m">Web addresses</h2>
        <p className="govuk-body">
          Parents reach each partnership at its own web addresses. A partnership keeps at least one.
        </p>
        <HostRows partnerships={partnerships} />
        <AdminForm
          action={addPartnershipHostAction}
          submitLabel="Add web address"
          secondary
          fields={[
            {
              kind: 'select',
              name: 'partnershipId',
              label: 'Partnership',
              choices: partnerships.map((p) => ({ value: p.id, label: p.name })),
            },
            {
              kind: 'text',
              name: 'hostname',
              label: 'Web address',
              hint: 'Like concerns.north-shire.example. Set it up in DNS to point at this service.',
              width: 30,
              maxLength: 253,
            },
          ]}
        />
        <h2 className="govuk-heading-m">Add a partnership</h2>
        <p className="govuk-body">
          Its first administrator gets an email with a link to set up their sign-in. They then add the schools
          and invite everyone else.
        </p>
        <AdminForm
          action={addPartnership}
          submitLabel="Add partnership"
          fields={[
            { kind: 'text', name: 'name', label: 'Name of the partnership', maxLength: 200 },
            {
              kind: 'text',
              name: 'slug',
              label: 'Short name',
              hint: 'Lower-case letters, numbers and hyphens, like north-shire.',
              width: 20,
              maxLength: 60,
            },
            {
              kind: 'textarea',
              name: 'hostnames',
              label: 'Web addresses parents will use',
              hint: 'One or more, each on its own line, like concerns.north-shire.example. Set each one up in DNS to point at this service.',
              maxLength: 2000,
            },
            {
              kind: 'text',
              name: 'frontDoorEmail',
              label: 'Front-door team email address (optional)',
              hint: 'The shared mailbox of the team that handles reports not sent to a school',
              type: 'email',
            },
            { kind: 'text', name: 'adminName', label: 'First administrator’s full name', maxLength: 200 },
            { kind: 'text', name: 'adminEmail', label: 'First administrator’s email address', type: 'email' },
            {
              kind: 'radios',
              name: 'nation',
              label: 'Where is the partnership?',
              hint: 'A partnership in Wales offers parents Welsh from the start. Its administrators can change the languages later.',
              defaultValue: 'england',
              choices: [
                { value: 'england', label: 'England' },
                { value: 'wales', label: 'Wales' },
              ],
            },
          ]}
        />
      </div>
    </div>
  );
}
