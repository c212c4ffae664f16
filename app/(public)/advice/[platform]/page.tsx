import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { WarningText } from '@/components/warning-text';
import { WarningLanguageNote, warningTextLanguage } from '@/components/warning-language';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { PhoneLink } from '@/components/phone-link';
import { pageTitle } from '@/lib/i18n/page-title';
import { ReportRoute } from '../../report/confirmation/platform-step';

export const dynamic = 'force-dynamic';
export const generateMetadata = pageTitle('advice.platform.title');

/**
 * Public advice about one platform, as the partnership serving this site writes it, with any warnings about
 * it that are published now, in the parent's language around the partnership's words (which stay as
 * written; a warning's are marked with the language it is written in). A platform the partnership does not
 * offer has no page here.
 */
export default async function AdvicePage({ params }: { params: Promise<{ platform: string }> }) {
  const { platform: slug } = await params;
  const partnership = await getPublicPartnership();
  const platform = partnership && (await findPlatformBySlug(slug.slice(0, 60), partnership.id));
  if (!platform?.offered) notFound();
  const [warnings, t] = await Promise.all([
    listPublishedWarnings(new Date(), undefined, platform.id),
    getTranslations('advice.platform'),
  ]);
  const named = { platform: platform.name };
  const sections = [
    [t('know'), platform.advice],
    [t('privacy'), platform.privacyAdvice],
  ] as const;
  const hasRoute = Boolean(platform.reportUrl) || platform.reportSteps.length > 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t('heading', named)}</h1>
        {platform.closedOn && <p className="govuk-body">{t('closed', named)}</p>}
        {platform.ageRating && <p className="govuk-body">{t('ageRating', { rating: platform.ageRating })}</p>}
        {warnings.map((warning) => (
          <div key={warning.id} className="govuk-inset-text">
            <h2 className="govuk-heading-m" {...warningTextLanguage(warning.language)}>
              {warning.title}
            </h2>
            <WarningLanguageNote language={warning.language} />
            <div {...warningTextLanguage(warning.language)}>
              <WarningText text={warning.whatToKnow} />
              <WarningText text={warning.whatToDo} />
            </div>
          </div>
        ))}
        {sections.map(([heading, text]) =>
          text ? (
            <section key={heading}>
              <h2 className="govuk-heading-m">{heading}</h2>
              <WarningText text={text} />
            </section>
          ) : null,
        )}
        {(hasRoute || platform.reportingAdvice) && (
          <section>
            <h2 className="govuk-heading-m">{t('report', named)}</h2>
            <ReportRoute platform={platform} />
            {hasRoute && platform.reportingAdvice && <WarningText text={platform.reportingAdvice} />}
          </section>
        )}
        <p className="govuk-body">
          {t.rich('danger', { phone: (number) => <PhoneLink number={String(number)} /> })}
        </p>
      </div>
    </div>
  );
}
