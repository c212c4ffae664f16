import 'server-only';
import { describeProblem, type ProblemKind } from '@/lib/i18n/catalogue-check';
import { CATALOGUE_MAX_BYTES } from '@/lib/i18n/catalogue-import';
import { CATALOGUES, isLocale } from '@/lib/i18n/locales';
import { CATALOGUE_MESSAGES } from '@/lib/i18n/messages';

// The upload (app/admin/branding/catalogue-upload) comes back with codes in the address, never the file's
// text: only these sentences, message keys of a safe shape and a known language's name can be shown.
const REFUSALS: Record<string, string> = {
  language: 'Select the language of the file',
  missing: 'Select a JSON file to upload',
  unreadable: 'The file could not be read. Try again.',
  'too-big': `The file must be smaller than ${CATALOGUE_MAX_BYTES / 1024} KB`,
  empty: 'The selected file is empty',
  'not-utf8': 'The file must be saved as UTF-8. Save it again as UTF-8 and upload it.',
  'not-json': 'The selected file must be a JSON file, like the one you downloaded',
  shape:
    'The file must have the same shape as the one you downloaded: names in quotes, each with a message or a group of messages',
  problems: 'The file cannot be used yet. Fix these messages and upload it again:',
};
const KINDS = new Set<ProblemKind>(['missing', 'unknown', 'empty', 'syntax', 'placeholders', 'html']);

export type CatalogueResult =
  | { kind: 'saved'; message: string; locale: string }
  | { kind: 'refused'; message: string; problems: string[]; locale: string | undefined }
  | null;

export function catalogueResult(query: Record<string, string | undefined>): CatalogueResult {
  const locale = isLocale(query.locale) ? query.locale : undefined;
  const language = locale ? CATALOGUES[locale].englishName : null;
  if (query.catalogue === 'saved' && locale)
    return { kind: 'saved', message: `The checked ${language} translation has been saved`, locale };
  const message =
    query.catalogue && Object.hasOwn(REFUSALS, query.catalogue) ? REFUSALS[query.catalogue] : undefined;
  if (!message) return null;
  const problems = (query.problems ?? '')
    .split(',')
    .map((item) => item.split('~'))
    .filter(([key, kind]) => /^[A-Za-z0-9_.]{1,200}$/.test(key ?? '') && KINDS.has(kind as ProblemKind))
    .map(([key, kind]) => describeProblem({ key: key!, kind: kind as ProblemKind }, CATALOGUE_MESSAGES.en));
  const more = Number(query.count) - problems.length;
  if (problems.length && Number.isInteger(more) && more > 0) problems.push(`and ${more} more`);
  return { kind: 'refused', message: language ? `${language}: ${message}` : message, problems, locale };
}
