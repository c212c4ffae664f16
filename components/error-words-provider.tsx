import 'server-only';
import { createTranslator } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CATALOGUE_MESSAGES } from '@/lib/i18n/messages';
import { ErrorWordsContextProvider, type ErrorWords } from './error-words';
import { PhoneLink } from './phone-link';

/** The part of a next-intl translator the error words need (getTranslations' and createTranslator's). */
interface Translator {
  (key: string, values?: Record<string, string>): string;
  rich: (key: string, values: Record<string, (chunks: ReactNode) => ReactNode>) => ReactNode;
}

const REFERENCE = '{reference}';

function errorWords(t: Translator): ErrorWords {
  // The reference is put in by the browser; ICU formats the rest of the sentence here.
  const reference = t('reference', { reference: REFERENCE });
  const at = reference.indexOf(REFERENCE);
  return {
    problemTitle: t('problemTitle'),
    problemNotSaved: t('problemNotSaved'),
    start: t('start'),
    notSavedTitle: t('notSavedTitle'),
    notSaved: t('notSaved'),
    tooMuch: t('tooMuch'),
    backToAnswers: t('backToAnswers'),
    reference: [reference.slice(0, at), reference.slice(at + REFERENCE.length)],
    danger: t.rich('danger', { phone: () => <PhoneLink number="999" /> }),
  };
}

const ENGLISH = createTranslator({
  locale: 'en',
  messages: CATALOGUE_MESSAGES.en as Record<string, unknown> as never,
  namespace: 'errorPage' as never,
}) as unknown as Translator;

/**
 * Gives the error pages below it their words: in the parent's language on public pages (with the
 * partnership's checked catalogue, as the page itself), in English at the root and for staff pages.
 * A few short strings in the page's data, and no catalogue, reach the browser.
 */
export async function ErrorWordsProvider({
  reader,
  children,
}: {
  reader: 'parent' | 'staff';
  children: ReactNode;
}) {
  const t = reader === 'parent' ? ((await getTranslations('errorPage')) as unknown as Translator) : ENGLISH;
  return <ErrorWordsContextProvider words={errorWords(t)}>{children}</ErrorWordsContextProvider>;
}
