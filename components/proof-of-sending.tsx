// The proof that a parent sent a report, on screen and on paper (the header, menus and buttons are left
// off by the print stylesheet, app/globals.scss). Shown from the confirmation page and the follow-up page.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SummaryList } from '@/components/govuk/summary-list';
import { PrintButton } from '@/components/print-button';
import { formatDateTime } from '@/lib/format/dates';
import type { ProofOfSending } from '@/lib/reporting/proof-of-sending';
import { PROOF_CHECK_STEPS, PROOF_TITLE } from '@/lib/reporting/proof-of-sending-words';

export function ProofOfSendingView({
  proof,
  pdfHref,
  backHref,
  children,
}: {
  proof: ProofOfSending;
  pdfHref: string;
  backHref: string;
  /** Choices shown on screen only, such as putting the secret code on it. */
  children?: ReactNode;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{PROOF_TITLE}</h1>
        <SummaryList
          rows={[
            { key: 'Reference', value: <span className="app-code">{proof.reference}</span> },
            { key: 'Sent on', value: formatDateTime(proof.sentAt) },
            { key: 'Sent to', value: <bdi>{proof.sentTo}</bdi> },
            ...(proof.code
              ? [{ key: 'Secret code', value: <span className="app-code">{proof.code}</span> }]
              : []),
          ]}
        />
        <h2 className="govuk-heading-m">How to check on your report</h2>
        <ul className="govuk-list govuk-list--bullet">
          {PROOF_CHECK_STEPS(proof.checkUrl).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <div className="app-no-print">
          {children}
          <PrintButton />
          <p className="govuk-body">
            <a className="govuk-link" href={pdfHref}>
              Save it as a PDF file
            </a>
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" href={backHref}>
              Go back
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
