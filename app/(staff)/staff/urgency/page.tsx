import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';
import { listUrgencyRules } from '@/lib/reporting/list-urgency-rules';
import { SummaryList } from '@/components/govuk/summary-list';

export const metadata: Metadata = { title: 'What makes a report urgent' };

// Any member of staff may read the rules: they are the partnership's policy, not anyone's data, and a DSL
// who reads "Urgent because: …" on a case can see the whole set here.
export default async function UrgencyRulesPage() {
  await requireUser();
  const rules = await listUrgencyRules();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">What makes a report urgent</h1>
        <p className="govuk-body">
          A report is urgent when any of these rules matches the parent’s answers. It is checked when the
          report is sent, and again each time the parent adds to it: words in what they add can stand for an
          answer (for example “nudes” for being asked for pictures, “blackmail” for being threatened, “meet
          him tonight” for danger right now, “a grown man” for the person being an adult, “asked to meet up”
          for being asked to meet in person), and a rule they complete makes the case urgent, with an entry in
          its chronology. An urgent report goes to the top of the case list, and the front-door team is told
          if nobody opens it within the partnership’s urgent escalation time. The case shows which rules
          matched.
        </p>
        <SummaryList
          rows={rules.map((rule) => ({
            key: rule.description,
            value: (
              <>
                {rule.harmNames.length > 0 && (
                  <p className="govuk-body">Kinds of harm it reads: {rule.harmNames.join('; ')}</p>
                )}
                {rule.missingSlugs.length > 0 && (
                  <p className="govuk-body">
                    <strong>This rule cannot match:</strong> no kind of harm offered to parents has the short
                    name {rule.missingSlugs.join(', ')}.
                  </p>
                )}
                {rule.harmNames.length === 0 && rule.missingSlugs.length === 0 && (
                  <p className="govuk-body">The parent’s answer to “Is a child in danger right now?”</p>
                )}
              </>
            ),
          }))}
        />
        <p className="govuk-body">
          Parents may skip “Do you think the person was an adult?”. A skipped answer, or “I do not know”,
          never counts as “yes”.
        </p>
      </div>
    </div>
  );
}
