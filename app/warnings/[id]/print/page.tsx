import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { WarningText } from '@/components/warning-text';
import { WarningLanguageNote, warningTextLanguage } from '@/components/warning-language';
import { SelectField } from '@/components/forms/select-field';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { PhoneLink } from '@/components/phone-link';
import { formatDate } from '@/lib/format/dates';
import { CATALOGUES } from '@/lib/i18n/locales';
import { askedLocale, requestOfferedLocales } from '@/lib/i18n/request-locale';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ lang?: string | string[] }>;
};

export async function generateMetadata({ searchParams }: Pick<Props, 'searchParams'>): Promise<Metadata> {
  const t = await getTranslations({
    locale: await askedLocale((await searchParams).lang),
    namespace: 'warningLetter',
  });
  return { title: t('title') };
}

/**
 * A published warning as a letter schools can print and send home, in one of the languages the partnership
 * offers (`?lang=`, chosen on the page without JavaScript; else the reader's). The letter's own words are
 * translated; the warning is as staff wrote it, marked with its language, and a letter in another language
 * says which language that is. Drafts and ended warnings are not found.
 */
export default async function WarningLetterPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const [warning] = await listPublishedWarnings(new Date(), id);
  const partnership = await getPublicPartnership();
  if (!warning || !partnership) notFound();
  const [locale, offered] = await Promise.all([
    askedLocale((await searchParams).lang),
    requestOfferedLocales(),
  ]);
  const [t, page] = await Promise.all([
    getTranslations({ locale, namespace: 'warningLetter' }),
    getTranslations('warningLetter'),
  ]);
  const { tag, dir } = CATALOGUES[locale];
  return (
    <>
      {offered.length > 1 && (
        // In the page's language (the reader's), not the letter's: whoever prints it chooses here.
        <form method="get" action={`/warnings/${warning.id}/print`} className="app-no-print">
          <SelectField
            name="lang"
            label={page('languageLabel')}
            value={locale}
            options={offered.map((code) => ({ value: code, text: CATALOGUES[code].name }))}
          />
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            {page('show')}
          </button>
        </form>
      )}
      <article className="warning-letter" lang={tag} dir={dir}>
        <p className="govuk-body">{t('from', { partnership: partnership.name })}</p>
        <p className="govuk-body">{formatDate(warning.publishedFrom, tag)}</p>
        <p className="govuk-body">{t('dear')}</p>
        {/* The warning as staff wrote it, marked with its language; the letter says which when it differs. */}
        <WarningLanguageNote language={warning.language} locale={locale} />
        <h1 className="govuk-heading-l" {...warningTextLanguage(warning.language)}>
          {warning.title}
        </h1>
        <h2 className="govuk-heading-m">{t('whatToKnow')}</h2>
        <div {...warningTextLanguage(warning.language)}>
          <WarningText text={warning.whatToKnow} />
        </div>
        <h2 className="govuk-heading-m">{t('whatToDo')}</h2>
        <div {...warningTextLanguage(warning.language)}>
          <WarningText text={warning.whatToDo} />
        </div>
        <p className="govuk-body">{t.rich('danger', { phone: () => <PhoneLink number="999" /> })}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/warnings/${warning.id}/pdf?lang=${locale}`}>
            {t('pdf')}
          </a>
        </p>
      </article>
    </>
  );
}
