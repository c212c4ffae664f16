'use client';

import { createContext, use, type ReactNode } from 'react';

/**
 * The error pages' words (catalogue `errorPage`), drawn on the server in the reader's language and handed
 * to the error pages, which are client components and get no catalogue (components/error-words-provider.tsx
 * chooses the language: English at the root and on staff pages, the parent's on public pages).
 */
export interface ErrorWords {
  problemTitle: string;
  problemNotSaved: string;
  start: string;
  notSavedTitle: string;
  notSaved: string;
  tooMuch: string;
  backToAnswers: string;
  /** The sentence giving the error's reference, split where the reference goes (known only in the browser). */
  reference: [before: string, after: string];
  danger: ReactNode;
}

const ErrorWordsContext = createContext<ErrorWords | null>(null);

export function ErrorWordsContextProvider({ words, children }: { words: ErrorWords; children: ReactNode }) {
  return <ErrorWordsContext value={words}>{children}</ErrorWordsContext>;
}

/** The words of the nearest provider; the root layout always has one. */
export function useErrorWords(): ErrorWords {
  const words = use(ErrorWordsContext);
  if (!words) throw new Error('No ErrorWordsContextProvider above this error page');
  return words;
}
