import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { readChildFileChoices } from '@/lib/transfers/read-child-file-choices';
import { CaseActionForm } from '../../../cases/[reference]/case-action-form';
import { SchoolSearch, schoolQuery } from '../../../cases/[reference]/school-search';
import { transferFields, transferSchoolChoices } from '../../../cases/[reference]/transfer/transfer-fields';
import { startChildFileTransferAction } from './actions';

// The child's name is never put in the title: titles reach browser history and tab lists.
export const metadata: Metadata = { title: 'Transfer a child’s file' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Send a child's whole file (every case the school holds) to their new school, as one transfer. */
export default async function ChildFileTransferPage({ params, searchParams }: Props) {
  const user = await requirePermission('case.update');
  const query = schoolQuery((await searchParams).q);
  const choices = await readChildFileChoices(user, (await params).id, query);
  if (!choices) notFound();
  const href = `/children/${choices.childId}`;
  const schools = transferSchoolChoices(choices.schools);
  const blocked =
    choices.cases.length === 0 ? (
      <p className="govuk-body" role="status">
        This child has no cases your school holds, so there is no file to send.
      </p>
    ) : choices.open ? (
      <p className="govuk-body" role="status">
        Case {choices.open.reference} is already being sent to {choices.open.toSchool}.{' '}
        <Link className="govuk-link" href={`/transfers/${choices.open.id}`}>
          See the transfer
        </Link>
        . Cancel it first to send the whole file.
      </p>
    ) : undefined;
  return (
    <>
      <Link href={href} className="govuk-back-link">
        Back to the child
      </Link>
      <span className="govuk-caption-l">
        <bdi>{choices.childName}</bdi>
      </span>
      <h1 className="govuk-heading-l">Transfer this child’s file</h1>
      <p className="govuk-body">
        When a child moves from {choices.fromSchool} to another school, send their whole file: every case
        below, as one transfer. It must be received within 5 school days of the child starting. The new
        school&apos;s safeguarding team accepts or returns it all at once. Once they accept it, they get one
        record of the child (the name, year group and date of birth, not your pupil number) with every case,
        and you can no longer open the cases: your list of transfers keeps a record of what you sent.
      </p>
      <p className="govuk-body">
        If the new school is not on this service, we email its safeguarding lead a link to the whole file as a
        PDF. You then see a passcode once: give it to them by phone, never by email.
      </p>
      {choices.cases.length > 0 && (
        <>
          <h2 className="govuk-heading-m">The cases that will be sent</h2>
          <ul className="govuk-list govuk-list--bullet" data-testid="child-file-cases">
            {choices.cases.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ul>
        </>
      )}
      {!blocked && (
        <SchoolSearch
          action={`${href}/transfer`}
          label="Find the new school"
          query={query}
          found={schools.length}
        />
      )}
      <CaseActionForm
        id="transfer"
        instead={blocked}
        done={{
          title: 'Link sent. Give this passcode by phone',
          body: (
            <>
              <p className="govuk-body">
                We have emailed the new school&apos;s safeguarding lead a link to the whole file. Call them
                and give them this passcode. Never send it by email. You will not see it again.
              </p>
              <p className="govuk-body">
                <Link className="govuk-link" href="/transfers#outgoing">
                  See your transfers
                </Link>
              </p>
            </>
          ),
        }}
        action={startChildFileTransferAction}
        hidden={{ childId: choices.childId }}
        version={choices.version}
        submit="Send the whole file"
        fields={transferFields(schools)}
      />
    </>
  );
}
