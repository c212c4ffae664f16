import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { getConfirmation } from '@/lib/reporting/get-confirmation';
import { giveEmailInstead, leaveWithoutCode } from '@/lib/reporting/keep-code-actions';
import { EmailInsteadForm } from './email-instead-form';
import { LeaveForm } from './leave-form';

export const generateMetadata = pageTitle('noCode.title');

/** Only the journey's own cookie opens this page: without a sent report in it, back to the confirmation. */
export default async function NoCodePage() {
  const [sent, t, words] = await Promise.all([getConfirmation(), getTranslations('noCode'), getFormWords()]);
  if (!sent) redirect('/report/confirmation');
  const whatItMeans = (
    <>
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <p className="govuk-body">{t('sent')}</p>
      <p className="govuk-body">{t('without')}</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>{t('noCheck')}</li>
        <li>{t('noMessages')}</li>
        <li>{t('noAdd')}</li>
      </ul>
      <p className="govuk-body">{t('newReport')}</p>
    </>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {sent.anonymous ? (
          whatItMeans
        ) : (
          <EmailInsteadForm
            action={giveEmailInstead}
            words={words}
            text={{
              heading: t('emailHeading'),
              body: t('emailBody'),
              label: t('email'),
              saving: t('saving'),
              submit: t('saveEmail'),
            }}
          >
            {whatItMeans}
          </EmailInsteadForm>
        )}
        <h2 className="govuk-heading-m">{t(sent.anonymous ? 'leave' : 'orLeave')}</h2>
        <LeaveForm action={leaveWithoutCode} label={t('leave')} />
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/confirmation">
            {t('back')}
          </Link>
        </p>
      </div>
    </div>
  );
}
