'use client';

import Link from 'next/link';
import { ErrorHelp } from '@/components/error-help';
import { useErrorWords } from '@/components/error-words';

/**
 * An unexpected error on a public page: the database out of reach, or a form sent with far too much in it.
 * Nothing from that request was saved (each save is one transaction); the answers given before it are kept.
 * In the parent's language: the public frame gives it its words (components/error-words-provider.tsx).
 */
export default function PublicErrorPage({ error }: { error: Error & { digest?: string } }) {
  const words = useErrorWords();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{words.notSavedTitle}</h1>
        <p className="govuk-body">{words.notSaved}</p>
        <p className="govuk-body">{words.tooMuch}</p>
        <ErrorHelp digest={error.digest} />
        <p className="govuk-body">
          <Link className="govuk-link" href="/report/check">
            {words.backToAnswers}
          </Link>
        </p>
      </div>
    </div>
  );
}
