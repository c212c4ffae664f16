import { getTranslations } from 'next-intl/server';
import { getFormWords } from '@/lib/i18n/get-form-words';
import { pageTitle } from '@/lib/i18n/page-title';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveAccounts } from '@/lib/reporting/journey-actions';
import { listActivePlatforms } from '@/lib/reporting/list-report-choices';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const generateMetadata = pageTitle('report.accounts.title');

/** The platforms whose own hint (where a parent finds the name) is in the catalogue; words only, never a picture. */
const HINTED = new Set(['discord', 'snapchat', 'instagram', 'tiktok', 'roblox', 'whatsapp']);

export default async function AccountsPage() {
  const [answers, partnership, t, words] = await Promise.all([
    currentAnswers(),
    getPublicPartnership(),
    getTranslations('report'),
    getFormWords(),
  ]);
  const offered = partnership ? await listActivePlatforms(partnership.id) : [];
  const chosen = offered.filter((p) => answers.platforms?.includes(p.id));
  return (
    <QuestionPage back={backFrom('/report/accounts', answers)}>
      <h1 className="govuk-heading-l">{t('accounts.heading')}</h1>
      <p className="govuk-body">{t('accounts.optional')}</p>
      <p className="govuk-body">{t('accounts.copy')}</p>
      <QuestionForm
        action={saveAccounts}
        schema="accounts"
        words={words}
        submitLabel={t('continue')}
        values={Object.fromEntries(chosen.map((p) => [`account-${p.id}`, answers.accounts?.[p.id]]))}
        fields={chosen.map((p) => ({
          kind: 'text' as const,
          name: `account-${p.id}`,
          // The platform's name is the partnership's own (or the parent's, for "other"): shown as written.
          label: p.isOther && answers.platformOther ? answers.platformOther : p.name,
          hint: t(`accounts.hints.${HINTED.has(p.slug) ? p.slug : 'other'}`),
          width: 20 as const,
          autoComplete: 'off',
          spellCheck: false,
        }))}
      />
    </QuestionPage>
  );
}
