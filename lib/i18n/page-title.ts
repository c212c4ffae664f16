import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** A page's generateMetadata whose title is a catalogue message: `export const generateMetadata = pageTitle('report.child.title')`. */
export function pageTitle(key: string): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations())(key) });
}
