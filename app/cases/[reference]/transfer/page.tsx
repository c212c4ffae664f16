import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { casePageTitle } from '@/lib/cases/case-page-title';
import { readTransferChoices } from '@/lib/transfers/read-transfer-choices';
import { CaseActionForm } from '../case-action-form';
import { SchoolSearch, schoolQuery } from '../school-search';
import { startTransferAction } from './actions';
import { transferFields, transferSchoolChoices } from './transfer-fields';

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: casePageTitle((await params).reference, 'transfer the file') };
}

/** Send the case's child protection file to the child's new school, on the service or not (issue 17). */
export default async function TransferPage({ params, searchParams }: Props) {
  const user = await requirePermission('case.update');
  const { reference } = await params;
  const query = schoolQuery((await searchParams).q);
  const choices = await readTransferChoices(user, decodeURIComponent(reference), query);
  if (!choices) notFound();
  const href = `/cases/${encodeURIComponent(choices.reference)}`;
  const schools = transferSchoolChoices(choices.schools);
  return (
    <>
      <Link href={href} className="govuk-back-link">
        Back to the case
      </Link>
      <span className="govuk-caption-l">Case {choices.reference}</span>
      <h1 className="govuk-heading-l">Transfer the child protection file</h1>
      <p className="govuk-body">
        When a child moves from {choices.fromSchool} to another school, send their file to the new school. It
        must be received within 5 school days of the child starting. The new school&apos;s safeguarding team
        can read it and accept it or return it. Until they accept it, it stays with you. Once they accept it,
        you can no longer open it: your list of transfers keeps a record of what you sent, when, and who
        received it.
      </p>
      <p className="govuk-body">
        If the new school is not on this service, we email its safeguarding lead a link to the file. You then
        see a passcode once: give it to them by phone, never by email. The link works for 7 days. Once they
        confirm they have received it, the case is closed here and the new school keeps the file.
      </p>
      {!choices.open && (
        <SchoolSearch
          action={`${href}/transfer`}
          label="Find the new school"
          query={query}
          found={schools.length}
        />
      )}
      <CaseActionForm
        id="transfer"
        instead={
          choices.open ? (
            <p className="govuk-body" role="status">
              This file is already being sent to {choices.open.toSchool}.{' '}
              <Link className="govuk-link" href={`/transfers/${choices.open.id}`}>
                See the transfer
              </Link>
              .
            </p>
          ) : undefined
        }
        done={{
          title: 'Link sent. Give this passcode by phone',
          body: (
            <>
              <p className="govuk-body">
                We have emailed the new school&apos;s safeguarding lead a link to the file. Call them and give
                them this passcode. Never send it by email. You will not see it again.
              </p>
              <p className="govuk-body">
                <Link className="govuk-link" href="/transfers#outgoing">
                  See your transfers
                </Link>
              </p>
            </>
          ),
        }}
        action={startTransferAction}
        reference={choices.reference}
        version={choices.version}
        submit="Send the file"
        fields={transferFields(schools)}
      />
    </>
  );
}
