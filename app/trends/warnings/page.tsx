import type { Metadata } from 'next';
import Link from 'next/link';
import { listStaffWarnings } from '@/lib/warnings/list-staff-warnings';
import { PublicationButton } from './publication-button';
import { Table } from '@/components/govuk/table';
import { CATALOGUES } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Warnings for parents' };

export default async function WarningsPage() {
  const warnings = await listStaffWarnings();
  return (
    <>
      <h1 className="govuk-heading-xl">Warnings for parents</h1>
      <p className="govuk-body">
        Published warnings show on the start page. Drafts are seen only by partnership staff.
      </p>
      <Link className="govuk-button" href="/trends/warnings/new">
        Write a warning
      </Link>
      {warnings.length === 0 ? (
        <p className="govuk-body">There are no warnings yet.</p>
      ) : (
        <Table
          caption="Warnings"
          captionClassName="govuk-table__caption--m"
          head={['Title', 'Language', 'State', 'Change']}
          rows={warnings.map((warning) => ({
            key: warning.id,
            cells: [
              // Written in the language the parents it is for read: marked, so a screen reader says it right.
              <span
                key="title"
                lang={CATALOGUES[warning.language].tag}
                dir={CATALOGUES[warning.language].dir}
              >
                {warning.title}
              </span>,
              CATALOGUES[warning.language].englishName,
              <strong key="state" className="govuk-tag">
                {warning.state}
              </strong>,
              <PublicationButton
                key="change"
                warningId={warning.id}
                title={warning.title}
                change={
                  warning.state === 'Published' || warning.state === 'Scheduled' ? 'withdraw' : 'publish'
                }
              />,
            ],
          }))}
        />
      )}
    </>
  );
}
