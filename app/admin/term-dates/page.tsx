import type { Metadata } from 'next';
import { RowButton } from '@/components/forms/row-button';
import { Table } from '@/components/govuk/table';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { listTermDates } from '@/lib/calendar/term-dates';
import { formatDay } from '@/lib/format/dates';
import { AdminForm } from '../_components/admin-form';
import { addTermDateAction, removeTermDateAction } from './actions';

export const metadata: Metadata = { title: 'School terms' };

export default async function TermDatesPage() {
  const { partnershipId } = await requirePartnership('reference-data.manage');
  const terms = await listTermDates(partnershipId);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">School terms</h1>
        <p className="govuk-body">
          Escalation counts school days only. Weekends and bank holidays never count. Add your terms so that
          school holidays and half terms do not count either: enter each half term on its own.
        </p>
        <p className="govuk-body">
          With no terms, every weekday that is not a bank holiday is a school day. Days before your first term
          or after your last one count that way too, so add next year’s terms before the summer.
        </p>
        {terms.length === 0 ? (
          <p className="govuk-body">You have not added any terms yet.</p>
        ) : (
          <Table
            head={['Term', 'First day', 'Last day', 'Remove']}
            rows={terms.map((t) => ({
              key: t.id,
              cells: [
                t.name,
                formatDay(t.startsOn),
                formatDay(t.endsOn),
                <RowButton
                  key="remove"
                  action={removeTermDateAction}
                  fields={{ id: t.id }}
                  label="Remove"
                  rowName={`${t.name}, ${formatDay(t.startsOn)}`}
                />,
              ],
            }))}
          />
        )}
        <h2 className="govuk-heading-m">Add a term</h2>
        <AdminForm
          action={addTermDateAction}
          submitLabel="Add term"
          fields={[
            {
              kind: 'text',
              name: 'name',
              label: 'Name',
              hint: 'For example, Autumn 1',
              maxLength: 100,
              width: 20,
            },
            { kind: 'text', name: 'startsOn', label: 'First day', hint: 'For example, 3/9/2026', width: 10 },
            { kind: 'text', name: 'endsOn', label: 'Last day', hint: 'For example, 23/10/2026', width: 10 },
          ]}
        />
      </div>
    </div>
  );
}
