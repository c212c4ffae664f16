// The words of the error pages, the letter to parents and the download names (issue 21, "no English left")
// come from the catalogues by key. Every key that code asks for exists in all 8 catalogues: a missing one
// would show a parent a raw key or English. The keys are read from the code itself, so a new one is checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenCatalogue, type CatalogueTree } from '@/lib/i18n/catalogue-check';
import { LOCALES } from '@/lib/i18n/locales';

const ROOT = join(__dirname, '../..');

/** Each file and the catalogue section its translator is over ('' for the whole catalogue). */
const FILES: [file: string, section: string][] = [
  ['components/error-words-provider.tsx', 'errorPage'],
  ['lib/warnings/letter-words.ts', ''],
  ['app/warnings/[id]/print/page.tsx', 'warningLetter'],
  ['app/warnings/[id]/pdf/route.ts', ''],
  ['lib/actions/define-action.ts', 'errorPage'],
  ['lib/i18n/parent-say.ts', ''],
  ['lib/reporting/render-proof-pdf.ts', ''],
];

/** t('key'), t.rich('key', …), t.markup(…), page('key'), say('key'), ENGLISH('key'), sayIn(x)('key'), (await parentSay())('key'). */
function keysIn(source: string, section: string): string[] {
  const calls =
    /(?:\b(?:t|page|say|ENGLISH|sayIn\([^)]*\))|\(await parentSay\(\)\))(?:\.rich|\.markup)?\(\s*['`]([A-Za-z][\w.]*)['`]/g;
  return [...source.matchAll(calls)].map(([, key]) => (section ? `${section}.${key}` : (key as string)));
}

const catalogues = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    flattenCatalogue(
      JSON.parse(readFileSync(join(ROOT, 'messages', `${locale}.json`), 'utf8')) as CatalogueTree,
    ),
  ]),
);

describe('the keys the error pages, the letter and the download names use', () => {
  const used = FILES.flatMap(([file, section]) =>
    keysIn(readFileSync(join(ROOT, file), 'utf8'), section).map((key) => ({ file, key })),
  );

  it('finds the keys in the code (the reader itself can fail)', () => {
    expect(keysIn(`t('title'); t.rich('danger', {}); say('proof.fileName')`, 'x')).toEqual([
      'x.title',
      'x.danger',
      'x.proof.fileName',
    ]);
    const keys = used.map((u) => u.key);
    for (const key of ['errorPage.notSavedTitle', 'errorPage.danger', 'warningLetter.dear', 'proof.fileName'])
      expect(keys).toContain(key);
    expect(keys).toContain('errorPage.unexpected');
  });

  for (const locale of LOCALES)
    it(`are all in ${locale}.json`, () => {
      const missing = used.filter(({ key }) => !catalogues[locale]?.has(key));
      expect(missing).toEqual([]);
    });
});
