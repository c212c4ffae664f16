import type { Metadata } from 'next';
import Link from 'next/link';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom, continueFrom } from '@/lib/reporting/journey';
import { QuestionPage } from '../question-page';
import { PhoneLink } from '@/components/phone-link';

export const metadata: Metadata = { title: 'Call 999 now' };

const PATH = '/report/danger-now';

export default async function DangerNowPage() {
  // A parent who changed this answer from "Check your answers" goes back there, not through every question.
  const answers = await currentAnswers();
  return (
    <QuestionPage back={backFrom(PATH, answers)}>
      <h1 className="govuk-heading-l">Call 999 now</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          If a child is in danger right now, call <PhoneLink number="999" /> and ask for the police. Do this
          first.
        </strong>
      </div>
      <h2 className="govuk-heading-m">If an adult is talking to a child in a sexual way online</h2>
      <p className="govuk-body">
        You can also report it to CEOP, the part of the National Crime Agency that protects children from
        sexual abuse online. Search for “CEOP report” or go to ceop.police.uk. A child can report to CEOP too.
      </p>
      <h2 className="govuk-heading-m">You can still tell the school</h2>
      <p className="govuk-body">
        When the child is safe, you can carry on here. We will mark your report as urgent so the safeguarding
        team sees it first.
      </p>
      <Link
        href={continueFrom(PATH, answers)}
        className="govuk-button"
        data-module="govuk-button"
        role="button"
        draggable="false"
      >
        Continue with an urgent report
      </Link>
    </QuestionPage>
  );
}
