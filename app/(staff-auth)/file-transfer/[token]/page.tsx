import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SummaryList } from '@/components/govuk/summary-list';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { linkGrant } from '@/lib/transfers/link-grant-cookie';
import { openEmailedLink } from '@/lib/transfers/open-emailed-link';
import { PasscodeForm, ReceiptForm } from './link-forms';

export const metadata: Metadata = { title: 'Child protection file' };

// An emailed link to a child protection file, for the safeguarding lead of a school not on the service
// (lib/transfers/open-emailed-link.ts). The token is in the path; the site sends no Referer (app/layout.tsx).
// A link that does not work is "not found" (./not-found.tsx), whatever the reason: opened at another
// partnership's address too (the host decides the site, lib/transfers/find-emailed-link.ts).
export default async function EmailedLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const site = (await getPublicPartnership())?.id ?? null;
  const view = await openEmailedLink(token, await linkGrant(), site);
  if (view.state === 'gone') notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">From {view.fromSchool}</span>
        <h1 className="govuk-heading-l">Child protection file</h1>
        {view.state === 'locked' ? (
          <p className="govuk-body" role="alert">
            This link is locked because the wrong passcode was typed too many times. Ask {view.fromSchool} to
            send the file again.
          </p>
        ) : view.state === 'passcode' ? (
          <>
            <p className="govuk-body">
              {view.fromSchool} has sent your school a child protection file for a child who is joining you.
              To open it, type the passcode they gave you by phone.
            </p>
            <PasscodeForm token={token} />
          </>
        ) : (
          <>
            <SummaryList
              rows={[
                { key: 'Sent by', value: view.fromSchool },
                { key: 'Sent to', value: view.toSchool },
                { key: 'Date sent', value: formatDate(view.sentAt) },
                view.childFileCases === null
                  ? { key: 'Case reference', value: view.reference }
                  : { key: 'What was sent', value: `The child’s whole file: ${view.childFileCases} cases` },
                { key: 'Note from the sending school', value: view.note ?? 'No note' },
              ]}
            />
            <p className="govuk-body">
              <a className="govuk-link" href={`/file-transfer/${token}/file`} download>
                Download the file (PDF)
              </a>
            </p>
            <p className="govuk-body">
              Keep the file as your school keeps child protection files. This link works until{' '}
              {formatDateTime(view.linkExpiresAt)}, and stops working once you confirm you have received it.
            </p>
            <h2 className="govuk-heading-m">Confirm you have received it</h2>
            <p className="govuk-body">
              {view.fromSchool} must know the file reached you. Confirm once you have downloaded it.
            </p>
            <ReceiptForm token={token} />
          </>
        )}
      </div>
    </div>
  );
}
