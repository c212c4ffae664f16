import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('done.title');

/**
 * The end of the report journey, once the parent has kept their code, given an email address instead, or
 * chosen to leave without it. It shows nothing of the report: the journey is already forgotten on this
 * device, so anyone may open this page.
 */
export default async function DonePage({ searchParams }: { searchParams: Promise<{ kept?: string }> }) {
  const [{ kept }, t] = await Promise.all([searchParams, getTranslations('done')]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{t('title')}</h1>
        </div>
        {kept === 'email' || kept === 'none' ? (
          <>
            <h2 className="govuk-heading-m">{t('nowHeading')}</h2>
            <p className="govuk-body">{t(kept === 'email' ? 'emailSaved' : 'stillRead')}</p>
            <p className="govuk-body">
              {t.rich('noCode', {
                report: (words) => (
                  <Link className="govuk-link" href="/">
                    {words}
                  </Link>
                ),
              })}
            </p>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">{t('laterHeading')}</h2>
            <p className="govuk-body">
              {t.rich('later', {
                check: (words) => (
                  <Link className="govuk-link" href="/check">
                    {words}
                  </Link>
                ),
              })}
            </p>
          </>
        )}
        <h2 className="govuk-heading-m">{t('leaveHeading')}</h2>
        <p className="govuk-body">{t('leaveExit')}</p>
        <p className="govuk-body">{t('leaveHistory')}</p>
      </div>
    </div>
  );
}
