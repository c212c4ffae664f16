// The proof that a parent sent a report, on screen and on paper (the header, menus and buttons are left
// off by the print stylesheet, app/globals.scss). Shown from the confirmation page and the follow-up page,
// in the language of the page (the catalogue's proof); the PDF is in the language of the report
// (lib/reporting/render-proof-pdf.ts).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SummaryList } from '@/components/govuk/summary-list';
import { PrintButton } from '@/components/print-button';
import { formatDateTime } from '@/lib/format/dates';
import { CATALOGUES } from '@/lib/i18n/locales';
import { requestLocale } from '@/lib/i18n/request-locale';
import type { ProofOfSending } from '@/lib/reporting/proof-of-sending';

export async function ProofOfSendingView({
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
  const [t, locale] = await Promise.all([getTranslations('proof'), requestLocale()]);
  // "2 December 2026, 14:05" in UK time, the month in the parent's language.
  const sentOn = formatDateTime(proof.sentAt, CATALOGUES[locale].tag);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t('title')}</h1>
        <SummaryList
          rows={[
            { key: t('reference'), value: <span className="app-code">{proof.reference}</span> },
            { key: t('sentOn'), value: sentOn },
            { key: t('sentTo'), value: proof.sentTo ? <bdi>{proof.sentTo}</bdi> : t('frontDoor') },
            ...(proof.code
              ? [{ key: t('code'), value: <span className="app-code">{proof.code}</span> }]
              : []),
          ]}
        />
        <h2 className="govuk-heading-m">{t('howHeading')}</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t('goTo', { address: proof.checkUrl })}</li>
          <li>{t('type')}</li>
          <li>{t('see')}</li>
        </ul>
        <div className="app-no-print">
          {children}
          <PrintButton label={t('print')} />
          <p className="govuk-body">
            <a className="govuk-link" href={pdfHref}>
              {t('pdf')}
            </a>
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" href={backHref}>
              {t('back')}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
