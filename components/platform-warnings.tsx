import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { WarningText } from './warning-text';
import { WarningLanguageNote, warningTextLanguage } from './warning-language';

/**
 * Published warnings for parents, for the start page, in the page's language around the partnership's own
 * words (which stay as written, marked with the language they are written in). Renders nothing when there
 * are none.
 */
export async function PlatformWarnings() {
  const [warnings, t] = await Promise.all([listPublishedWarnings(), getTranslations('start.warnings')]);
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="platform-warnings-title" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-l" id="platform-warnings-title">
        {t('title')}
      </h2>
      {warnings.map((warning) => (
        <div key={warning.id} className="govuk-inset-text">
          <h3 className="govuk-heading-m" {...warningTextLanguage(warning.language)}>
            {warning.title}
          </h3>
          <WarningLanguageNote language={warning.language} />
          {warning.platformName && warning.platformSlug && (
            <p className="govuk-body-s">
              {t('about')}{' '}
              <Link className="govuk-link" href={`/advice/${warning.platformSlug}`}>
                {warning.platformName}
              </Link>
            </p>
          )}
          <h4 className="govuk-heading-s">{t('know')}</h4>
          <div {...warningTextLanguage(warning.language)}>
            <WarningText text={warning.whatToKnow} />
          </div>
          <h4 className="govuk-heading-s">{t('do')}</h4>
          <div {...warningTextLanguage(warning.language)}>
            <WarningText text={warning.whatToDo} />
          </div>
          <p className="govuk-body">
            <Link className="govuk-link" href={`/warnings/${warning.id}/print`}>
              {t('print')}
              <span className="govuk-visually-hidden">
                : <span {...warningTextLanguage(warning.language)}>{warning.title}</span>
              </span>
            </Link>
          </p>
        </div>
      ))}
    </section>
  );
}
