'use client';

import Link from 'next/link';
import { ErrorHelp } from './error-help';
import { useErrorWords } from './error-words';

/**
 * "Sorry, there is a problem with the service": the body of an error page for an unexpected error outside
 * the report's questions (app/error.tsx, app/warnings/error.tsx). Never the error's message.
 */
export function ServiceProblem({ digest }: { digest?: string }) {
  const words = useErrorWords();
  return (
    <>
      <h1 className="govuk-heading-l">{words.problemTitle}</h1>
      <p className="govuk-body">{words.problemNotSaved}</p>
      <ErrorHelp digest={digest} />
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          {words.start}
        </Link>
      </p>
    </>
  );
}
