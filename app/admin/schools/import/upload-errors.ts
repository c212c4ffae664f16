import { GIAS_COLUMNS, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@/lib/schools/gias-columns';

// The upload is a plain form POST to a route handler, so its problems come back to the form as a code in
// the address (never free text: only these sentences, and only known column names, can be shown).
const MESSAGES: Record<string, string> = {
  missing: 'Select a CSV file to upload',
  'too-big': `The file must be smaller than ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Download the extract for your local authorities only.`,
  'not-csv': 'The selected file must be a CSV file',
  unreadable: 'The file could not be read. Save it again as CSV UTF-8 and upload it.',
  encoding:
    'The file is saved as UTF-16 (“Unicode text”). Save it again as “CSV UTF-8 (comma delimited)” and upload that.',
  'too-many-rows': `The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} schools. Download the extract for your local authorities only.`,
  columns: 'The file’s first row must name the columns listed on this page.',
};

const KNOWN = new Set<string>(Object.values(GIAS_COLUMNS));

export function importErrorMessage(code: string | undefined, missing?: string): string | null {
  const message = code ? MESSAGES[code] : undefined;
  if (!message) return null;
  const named = (missing ?? '').split('|').filter((c) => KNOWN.has(c));
  return code === 'columns' && named.length ? `${message} It is missing ${named.join(', ')}.` : message;
}
