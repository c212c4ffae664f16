import type { Metadata } from 'next';
import Link from 'next/link';
import { currentAnswers } from '@/lib/reporting/current-answers';
import { backFrom, continueFrom } from '@/lib/reporting/journey';
import { QuestionPage } from '../question-page';

export const metadata: Metadata = { title: 'Pictures and videos: please read this first' };

const PATH = '/report/images';

export default async function ImagesPage() {
  const answers = await currentAnswers();
  return (
    <QuestionPage back={backFrom(PATH, answers)}>
      <h1 className="govuk-heading-l">Pictures and videos: please read this first</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Do not take a screenshot of, save, send or show anyone a sexual picture or video of a child. This is
          true even if you want to use it as proof. It can be a crime, even for a parent.
        </strong>
      </div>
      <p className="govuk-body">
        You cannot send us pictures or videos. You do not need to. Tell us in words what you saw, where it
        was, and the name of the account or group if you know it.
      </p>
      <h2 className="govuk-heading-m">To get a picture or video taken down</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          You can report a web page or link with a sexual picture of a child to the Internet Watch Foundation
          (search for “IWF report”). Send them the link, not the picture.
        </li>
        <li>
          A young person under 18 can use Report Remove, run by Childline and the Internet Watch Foundation,
          to ask for a nude picture or video of themselves to be taken down. They can do this without telling
          anyone their name.
        </li>
      </ul>
      <Link
        href={continueFrom(PATH, answers)}
        className="govuk-button"
        data-module="govuk-button"
        role="button"
        draggable="false"
      >
        Continue
      </Link>
    </QuestionPage>
  );
}
