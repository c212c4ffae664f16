// The catalogue upload comes back to /admin/branding with codes in the address. Only known sentences,
// message keys of a safe shape and a known language's name reach the page: never text someone put in a link.
import { describe, expect, it } from 'vitest';
import { catalogueResult } from '@/app/admin/branding/catalogue-result';

describe('the result of a catalogue upload, as the languages page shows it', () => {
  it('says a checked translation was saved, naming the language', () => {
    expect(catalogueResult({ catalogue: 'saved', locale: 'ur' })).toMatchObject({
      kind: 'saved',
      message: 'The checked Urdu translation has been saved',
    });
  });

  it('names the first problems in plain words, and how many more there are', () => {
    const result = catalogueResult({
      catalogue: 'problems',
      locale: 'pl',
      problems: 'report.back~missing,layout.footer.credit~placeholders,report.danger.title~html',
      count: '7',
    });
    expect(result).toEqual({
      kind: 'refused',
      locale: 'pl',
      message: 'Polish: The file cannot be used yet. Fix these messages and upload it again:',
      problems: [
        'report.back is missing',
        'layout.footer.credit must use the same {placeholders} and <tags> as English: {partnership}',
        'report.danger.title holds HTML, which is not allowed',
        'and 4 more',
      ],
    });
  });

  it('shows nothing it does not know: unknown codes, odd keys, unknown kinds, other languages', () => {
    expect(catalogueResult({ catalogue: 'constructor' })).toBeNull();
    expect(catalogueResult({ catalogue: 'Call 0800 000 000 now' })).toBeNull();
    expect(catalogueResult({ catalogue: 'saved', locale: 'xx' })).toBeNull();
    const odd = catalogueResult({
      catalogue: 'problems',
      locale: 'xx',
      problems: 'Call us on 0800~missing,report.back~pay,report.back~empty',
    });
    expect(odd).toEqual({
      kind: 'refused',
      locale: undefined,
      message: 'The file cannot be used yet. Fix these messages and upload it again:',
      problems: ['report.back is empty'],
    });
  });
});
