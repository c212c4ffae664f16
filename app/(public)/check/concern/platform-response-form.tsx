// "What happened when you reported it to …?": one radio group per platform of the parent's report, one
// Save. Optional and changeable: the parent comes back and changes an answer when the platform replies.
import { savePlatformResponse } from '@/lib/follow-up/follow-up-actions';
import { formatDate } from '@/lib/format/dates';
import { choicesOf, PLATFORM_RESPONSE_WORDS } from '@/lib/reporting/answer-words';
import { QuestionForm } from '../../question-form';

interface ReportedPlatform {
  id: string;
  name: string;
  response: string | null;
  answeredAt: Date | null;
}

export function PlatformResponseForm({ platforms }: { platforms: ReportedPlatform[] }) {
  if (platforms.length === 0) return null;
  return (
    <section aria-labelledby="platform-response">
      <h2 className="govuk-heading-m" id="platform-response">
        If you reported it to the app or website
      </h2>
      <p className="govuk-body">
        Tell us what they did. It helps us see which apps and websites act on reports. You can change your
        answer later.
      </p>
      <QuestionForm
        action={savePlatformResponse}
        schema="platformResponses"
        submitLabel="Save what happened"
        values={Object.fromEntries(platforms.map((p) => [`response-${p.id}`, p.response ?? undefined]))}
        fields={platforms.map((p) => ({
          kind: 'choices' as const,
          type: 'radio' as const,
          name: `response-${p.id}`,
          // The platform's name as the parent saw it (their own words for "something else"): text only.
          legend: `What happened when you reported it to ${p.name}?`,
          hint: p.answeredAt ? `You told us on ${formatDate(p.answeredAt)}.` : undefined,
          small: true,
          choices: choicesOf(PLATFORM_RESPONSE_WORDS),
        }))}
      />
    </section>
  );
}
