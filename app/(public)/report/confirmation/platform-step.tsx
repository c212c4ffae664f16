// "Report it to <platform> too": the platform's own reporting route where its owner keeps one (the link to
// its help centre and two or three steps, lib/reference-data/report-route-fields.ts), else the free-text
// advice written before routes were data. The link comes only from the platform's record, never from what
// a parent typed, and opens without telling the platform where the parent came from.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { WarningText } from '@/components/warning-text';
import { isHttpsUrl } from '@/lib/actions/text-fields';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { requestLocale } from '@/lib/i18n/request-locale';
import type { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';

type Platform = NonNullable<Awaited<ReturnType<typeof findPlatformBySlug>>>;

export async function PlatformStep({ platform }: { platform: Platform }) {
  const t = await getTranslations('nextSteps');
  return (
    <div data-testid={`platform-step-${platform.slug}`}>
      <h3 className="govuk-heading-s">{t('platformHeading', { platform: platform.name })}</h3>
      <p className="govuk-body">{t('platform', { platform: platform.name })}</p>
      <ReportRoute platform={platform} />
      <p className="govuk-body">
        <Link className="govuk-link" href={`/advice/${platform.slug}`}>
          {t('platformAdvice', { platform: platform.name })}
        </Link>
      </p>
    </div>
  );
}

/**
 * The platform's reporting route (steps, then the link), or its free-text reporting advice when it keeps no
 * route: after sending and on the platform's advice page.
 */
export async function ReportRoute({ platform }: { platform: Platform }) {
  const [t, locale] = await Promise.all([getTranslations('nextSteps'), requestLocale()]);
  // The steps are the operator's (or partnership's) words, kept in English: on a page in another language
  // the parent gets the link, in their language, rather than English mixed into the page.
  const steps = locale === DEFAULT_LOCALE ? platform.reportSteps : [];
  // Checked again as it is drawn: only an https link to a named host becomes a link, whatever wrote it.
  const reportUrl = platform.reportUrl && isHttpsUrl(platform.reportUrl) ? platform.reportUrl : null;
  const hasRoute = Boolean(reportUrl) || platform.reportSteps.length > 0;
  return (
    <>
      {steps.length > 0 && (
        <>
          <p className="govuk-body">{t('platformSteps')}</p>
          <ol className="govuk-list govuk-list--number">
            {steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {reportUrl && (
        <p className="govuk-body">
          <a className="govuk-link" href={reportUrl} rel="noopener noreferrer">
            {t('platformLink', { platform: platform.name })}
          </a>
        </p>
      )}
      {!hasRoute && platform.reportingAdvice && <WarningText text={platform.reportingAdvice} />}
    </>
  );
}
