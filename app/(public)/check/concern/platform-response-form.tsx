// "What happened when you reported it to …?": one radio group per platform of the parent's report, one
// Save. Optional and changeable: the parent comes back and changes an answer when the platform replies.
import { getTranslations } from 'next-intl/server';
import { savePlatformResponse } from '@/lib/follow-up/follow-up-actions';
import { formatDate } from '@/lib/format/dates';
import type { FormWords } from '@/lib/i18n/form-words';
import { PLATFORM_RESPONSES } from '@/lib/reporting/schemas';
import { QuestionForm } from '../../question-form';

interface ReportedPlatform {
  id: string;
  name: string;
  response: string | null;
  answeredAt: Date | null;
}

export async function PlatformResponseForm({
  platforms,
  words,
  tag,
}: {
  platforms: ReportedPlatform[];
  /** The form's errors and notices in the parent's language (getFormWords); undefined in English. */
  words: FormWords | undefined;
  /** The page's language tag, for the dates. */
  tag: string;
}) {
  if (platforms.length === 0) return null;
  const t = await getTranslations();
  return (
    <section aria-labelledby="platform-response">
      <h2 className="govuk-heading-m" id="platform-response">
        {t('followUp.platformResponse.heading')}
      </h2>
      <p className="govuk-body">{t('followUp.platformResponse.intro')}</p>
      <QuestionForm
        action={savePlatformResponse}
        schema="platformResponses"
        words={words}
        submitLabel={t('followUp.platformResponse.save')}
        values={Object.fromEntries(platforms.map((p) => [`response-${p.id}`, p.response ?? undefined]))}
        fields={platforms.map((p) => ({
          kind: 'choices' as const,
          type: 'radio' as const,
          name: `response-${p.id}`,
          // The platform's name as the parent saw it (their own words for "something else"): text only.
          legend: t('followUp.platformResponse.legend', { platform: p.name }),
          hint: p.answeredAt
            ? t('followUp.platformResponse.answered', { date: formatDate(p.answeredAt, tag) })
            : undefined,
          small: true,
          choices: PLATFORM_RESPONSES.map((value) => ({
            value,
            label: t(`answers.platformResponse.${value}`),
          })),
        }))}
      />
    </section>
  );
}
