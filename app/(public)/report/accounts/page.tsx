import type { Metadata } from 'next';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { backFrom } from '@/lib/reporting/journey';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { saveAccounts } from '@/lib/reporting/journey-actions';
import { listActivePlatforms } from '@/lib/reporting/list-report-choices';
import { QuestionForm } from '../../question-form';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'The stranger’s name or link' };

/** Where a parent finds the name on each platform we know; words only, never a picture. */
const HINTS: Record<string, string> = {
  discord: 'Their username, or a link to a server, like discord.gg/abc123.',
  snapchat: 'Their username. It is under their name on their profile.',
  instagram: 'Their username (it can start with @), or a link to their profile.',
  tiktok: 'Their username (it starts with @), or a link to their profile.',
  roblox: 'Their username, or a link to their profile or group.',
  whatsapp: 'Their phone number, or a link to a group.',
};
const OTHER_HINT = 'The name they used, or a link to their account or group.';

export default async function AccountsPage() {
  const [answers, partnership] = await Promise.all([currentAnswers(), getPublicPartnership()]);
  const offered = partnership ? await listActivePlatforms(partnership.id) : [];
  const chosen = offered.filter((p) => answers.platforms?.includes(p.id));
  return (
    <QuestionPage back={backFrom('/report/accounts', answers)}>
      <h1 className="govuk-heading-l">Do you know the name the stranger used, or a link to their account?</h1>
      <p className="govuk-body">
        You do not have to answer this. If other families tell us about the same person, it helps us keep
        children safe.
      </p>
      <p className="govuk-body">
        Copy it exactly if you can. Do not send pictures. We will never open a link you give us.
      </p>
      <QuestionForm
        action={saveAccounts}
        schema="accounts"
        values={Object.fromEntries(chosen.map((p) => [`account-${p.id}`, answers.accounts?.[p.id]]))}
        fields={chosen.map((p) => ({
          kind: 'text' as const,
          name: `account-${p.id}`,
          label: p.isOther && answers.platformOther ? answers.platformOther : p.name,
          hint: HINTS[p.slug] ?? OTHER_HINT,
          width: 20 as const,
          autoComplete: 'off',
          spellCheck: false,
        }))}
      />
    </QuestionPage>
  );
}
