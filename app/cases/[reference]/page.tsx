import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { requirePermission, type SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { casePageTitle } from '@/lib/cases/case-page-title';
import { readCaseRecord, type CaseRecord } from '@/lib/cases/read-case-record';
import { isOwnNavigation } from '@/lib/security/security-headers';
import { acknowledgeAction } from './actions';
import { CaseActionForm } from './case-action-form';
import { CaseForms, ReplyToReporter } from './case-forms';
import { casePageParams } from './case-page-params';
import { AccessLog } from './access-log';
import { CaseChild } from './case-child';
import { CaseIncidentSection } from './case-incident';
import { CaseSummary, Chronology, Messages, ReporterAccount } from './case-sections';
import { CaseReviews } from './case-reviews';
import { ShareRequests } from './share-requests';
import '../cases.scss';

type Props = { params: Promise<{ reference: string }> };

type PageProps = Props & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: casePageTitle((await params).reference, 'record') };
}

export default async function CasePage({ params, searchParams }: PageProps) {
  const user = await requirePermission('case.read');
  const { reference } = await params;
  const { action, accessPage } = casePageParams(await searchParams);
  // Opening the case from the app's own pages acknowledges it; a link from elsewhere only shows it.
  const acknowledge = isOwnNavigation(await headers());
  const record = await readCaseRecord(user, decodeURIComponent(reference), 'view', {
    acknowledge,
    accessPage: accessPage ?? 1,
  });
  if (!record) notFound();
  const href = `/cases/${encodeURIComponent(record.reference)}`;
  const forms = { record, userId: user.id, href, chosen: action };
  // Sent to the user's school as a child protection file, waiting for their answer: read, then answer.
  if (record.transferReach) return <IncomingCase record={record} href={href} />;
  // Shared with the front door by the school: it reads the record and changes nothing.
  if (record.sharedReadOnly) return <SharedCase user={user} record={record} href={href} />;
  return (
    <>
      <Link href="/cases" className="govuk-back-link">
        All cases
      </Link>
      <span className="govuk-caption-l">Case</span>
      <h1 className="govuk-heading-l">{record.reference}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href={`${href}/print`}>
          Print view
        </Link>{' '}
        ·{' '}
        <a className="govuk-link" href={`${href}/pdf`} download>
          Download the whole record as a PDF
        </a>
        {record.status !== 'CLOSED' && (
          <>
            {' '}
            ·{' '}
            <Link className="govuk-link" href={`${href}/pass-on`}>
              Not for us? Pass this case on
            </Link>
          </>
        )}
        {record.route === 'SCHOOL' && record.schoolId && scopedSchoolIds(user).includes(record.schoolId) && (
          <>
            {' '}
            ·{' '}
            <Link className="govuk-link" href={`${href}/transfer`}>
              Child moving school? Transfer the file
            </Link>
          </>
        )}
      </p>
      {!record.firstOpenedAt && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="not-read-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="not-read-title">
              Important
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              This case has not been marked as read. Until it is, it will be escalated.
            </p>
            <CaseActionForm
              id="mark-read"
              action={acknowledgeAction}
              fields={[]}
              submit="Mark as read"
              reference={record.reference}
              version={record.version}
            />
          </div>
        </div>
      )}
      <CaseReviews user={user} record={record} />
      <CaseSummary record={record} />
      <CaseChild
        user={user}
        reference={record.reference}
        version={record.version}
        href={href}
        chosen={action}
      />
      <CaseIncidentSection
        user={user}
        reference={record.reference}
        version={record.version}
        href={href}
        chosen={action}
      />
      <h2 className="govuk-heading-l">What the reporter told us</h2>
      <ReporterAccount record={record} />
      <h2 className="govuk-heading-l">Messages with the reporter</h2>
      <Messages record={record} />
      <ReplyToReporter {...forms} />
      <h2 className="govuk-heading-l">Chronology</h2>
      <Chronology record={record} />
      <ShareRequests user={user} record={record} />
      <CaseForms {...forms} />
      <AccessLog record={record} href={href} open={accessPage !== null} />
    </>
  );
}

/**
 * A case the front door reaches to read: shared by a school (lib/share-requests/), or asked for a review by
 * the parent (lib/reviews/), when finishing the review is the one thing it can do.
 */
function SharedCase({ user, record, href }: { user: SessionUser; record: CaseRecord; href: string }) {
  return (
    <>
      <Link href={record.reviewReach ? '/cases' : '/patterns'} className="govuk-back-link">
        {record.reviewReach ? 'All cases' : 'Patterns'}
      </Link>
      <span className="govuk-caption-l">
        {record.reviewReach ? 'Review asked for by the parent' : 'Case shared by the school'}
      </span>
      <h1 className="govuk-heading-l">{record.reference}</h1>
      <p className="govuk-body">
        {record.reviewReach
          ? 'The parent asked the partnership to look at this case again. You can read it and finish the review. You cannot change anything else.'
          : 'The school shared this case with you to read. You cannot change it.'}
      </p>
      {record.reviewReach && <CaseReviews user={user} record={record} />}
      <CaseSummary record={record} />
      <h2 className="govuk-heading-l">What the reporter told us</h2>
      <ReporterAccount record={record} />
      <h2 className="govuk-heading-l">Chronology</h2>
      <Chronology record={record} />
      <AccessLog record={record} href={href} open={false} />
    </>
  );
}

/** A case whose file was sent to the user's school (lib/transfers/): they read it, then accept or return it. */
function IncomingCase({ record, href }: { record: CaseRecord; href: string }) {
  const transferHref = `/transfers/${record.transferReach!.id}`;
  return (
    <>
      <Link href={transferHref} className="govuk-back-link">
        Back to the transfer
      </Link>
      <span className="govuk-caption-l">Child protection file sent to your school</span>
      <h1 className="govuk-heading-l">{record.reference}</h1>
      <p className="govuk-body">
        Another school sent you this file for a child joining your school. Read it, then{' '}
        <Link className="govuk-link" href={transferHref}>
          accept it or return it
        </Link>
        . Until you accept it, you cannot change it.
      </p>
      <CaseSummary record={record} />
      <h2 className="govuk-heading-l">What the reporter told us</h2>
      <ReporterAccount record={record} />
      <h2 className="govuk-heading-l">Chronology</h2>
      <Chronology record={record} />
      <AccessLog record={record} href={href} open={false} />
    </>
  );
}
