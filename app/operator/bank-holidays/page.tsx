import type { Metadata } from 'next';
import { AdminForm } from '@/app/admin/_components/admin-form';
import { RowButton } from '@/components/forms/row-button';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { listBankHolidays } from '@/lib/calendar/bank-holidays';
import { formatDay } from '@/lib/format/dates';
import { addBankHolidayAction, removeBankHolidayAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Bank holidays' };

/** The service operator: England and Wales bank holidays, days off in every partnership's calendar. */
export default async function BankHolidaysPage() {
  await requirePermission('reference.national.manage');
  const holidays = await listBankHolidays();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Bank holidays</h1>
        <p className="govuk-body">
          Bank holidays in England and Wales are never school days, in every partnership. When a holiday falls
          on a Saturday or Sunday, enter the weekday it moves to. Add each new year when it is announced.
        </p>
        <Table
          head={['Date', 'Name', 'Remove']}
          rows={holidays.map((h) => {
            const day = h.date.toISOString().slice(0, 10);
            return {
              key: day,
              cells: [
                formatDay(h.date),
                h.name,
                <RowButton
                  key="remove"
                  action={removeBankHolidayAction}
                  fields={{ date: day }}
                  label="Remove"
                  rowName={`${h.name}, ${formatDay(h.date)}`}
                />,
              ],
            };
          })}
        />
        <h2 className="govuk-heading-m">Add a bank holiday</h2>
        <AdminForm
          action={addBankHolidayAction}
          submitLabel="Add bank holiday"
          fields={[
            { kind: 'text', name: 'date', label: 'Date', hint: 'For example, 25/12/2029', width: 10 },
            {
              kind: 'text',
              name: 'name',
              label: 'Name',
              hint: 'For example, Christmas Day',
              maxLength: 100,
              width: 20,
            },
          ]}
        />
      </div>
    </div>
  );
}
