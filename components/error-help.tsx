'use client';

import { useErrorWords } from './error-words';

/**
 * The part every error page shares: the reference staff can look up in the logs (never the error's message)
 * and what to do if a child is in danger, in the reader's language (components/error-words.tsx).
 */
export function ErrorHelp({ digest }: { digest?: string }) {
  const words = useErrorWords();
  const [before, after] = words.reference;
  return (
    <>
      {digest && (
        <p className="govuk-body">
          {before}
          <bdi>{digest}</bdi>
          {after}
        </p>
      )}
      <p className="govuk-body">{words.danger}</p>
    </>
  );
}
