// Every catalogue says everything English says, with the same placeholders: a missing key shows a parent
// English in the middle of a Welsh page (or a raw key), a lost {placeholder} drops a name or a date.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  catalogueProblems,
  describeProblem,
  flattenCatalogue,
  placeholders,
  type CatalogueTree,
} from '@/lib/i18n/catalogue-check';
import { CATALOGUES, LOCALES } from '@/lib/i18n/locales';

const DIR = join(__dirname, '../../messages');
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as CatalogueTree;
const flatten = (tree: CatalogueTree) => flattenCatalogue(tree);

const english = flatten(read('en.json'));

/** The plural forms (CLDR categories) a language has that a message's plurals leave out. */
function missingPluralForms(message: string, tag: string): string[] {
  const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const missing = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural)
        for (const form of needed) if (!(form in element.options)) missing.add(form);
      if ('options' in element)
        for (const option of Object.values(element.options)) walk(option.value as MessageFormatElement[]);
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...missing].sort();
}

/**
 * Messages a translation may keep as English has them: punctuation and placeholders only. Anything else
 * the same as English is a sentence left untranslated.
 */
const SAME_IN_EVERY_LANGUAGE = new Set(['check.withOther', 'check.listSeparator']);

/** Welsh counts with the noun in the singular ("# ysgol"), so its plurals rightly use one and other only. */
const PLURAL_FORMS_CHECKED = (locale: string) => locale !== 'cy';

describe('message catalogues', () => {
  it('has one catalogue for each language the service knows, and no other', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(LOCALES.map((l) => `${l}.json`).sort());
  });

  it('knows the community languages, Urdu and Arabic laid out right to left', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['pl', 'ur', 'ro', 'pa', 'ar', 'bn']));
    expect(LOCALES.filter((l) => CATALOGUES[l].dir === 'rtl').sort()).toEqual(['ar', 'ur']);
    // Each name is the language's own, as a parent looks for it in the chooser.
    expect(CATALOGUES.ur.name).toBe('اردو');
    expect(CATALOGUES.pa.name).toBe('ਪੰਜਾਬੀ');
  });

  it('finds a plural without the forms a language needs (the check itself can fail)', () => {
    expect(missingPluralForms('{n, plural, one {# dzień} other {# dni}}', 'pl')).toEqual(['few', 'many']);
    expect(
      missingPluralForms('{n, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}', 'pl'),
    ).toEqual([]);
  });

  it('finds a missing placeholder (the check itself can fail)', () => {
    expect(placeholders('Run by {partnership}.')).toEqual(['partnership:argument']);
    expect(placeholders('{count, plural, one {# day} other {# days}} on {date, date, long}')).toEqual([
      'count:plural',
      'date:date',
    ]);
    expect(placeholders('Run by the partnership.')).toEqual([]);
  });

  it('names each problem of an incomplete catalogue, in plain words', () => {
    const described = (en: CatalogueTree, tree: CatalogueTree) =>
      catalogueProblems(en, tree).map((problem) => describeProblem(problem, en));
    const english = { a: 'Run by {partnership}.', b: { c: 'Call <phone>999</phone>.', d: 'Hello' } };
    expect(described(english, { a: 'Prowadzi {partner}.', b: { c: '<b>999</b>' }, e: 'x' })).toEqual([
      'a must use the same {placeholders} and <tags> as English: {partnership}',
      'b.c holds HTML, which is not allowed',
      'b.d is missing',
      'e is not a message English has',
    ]);
    expect(
      described(english, {
        a: 'Run by {partnership',
        b: { c: 'Call <phone>999</phone><i>!</i>', d: ' ' },
      }),
    ).toEqual(['a has a { or } out of place', 'b.c holds HTML, which is not allowed', 'b.d is empty']);
    expect(described(english, { a: 'By {partnership}.', b: { c: 'Call 999.', d: 'Hi' } })).toEqual([
      'b.c must use the same {placeholders} and <tags> as English: <phone>',
    ]);
    expect(catalogueProblems(english, english)).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    describe(`${CATALOGUES[locale].englishName} (${locale}.json)`, () => {
      const catalogue = flatten(read(`${locale}.json`));

      it('has every message English has, and none English does not', () => {
        expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('uses the same placeholders in every message', () => {
        const differ = [...english].filter(
          ([key, message]) =>
            catalogue.has(key) &&
            JSON.stringify(placeholders(message)) !== JSON.stringify(placeholders(catalogue.get(key) ?? '')),
        );
        expect(differ.map(([key]) => key)).toEqual([]);
      });

      it('holds no HTML (only the rich-text tags English uses) and no empty message', () => {
        const bad = [...catalogue].filter(([key, message]) => {
          const tags = placeholders(english.get(key) ?? '')
            .filter((p) => p.endsWith(':tag'))
            .map((p) => p.slice(0, -4));
          const rest = tags.reduce(
            (text, tag) => text.replaceAll(`<${tag}>`, '').replaceAll(`</${tag}>`, ''),
            message,
          );
          return /<\/?[a-z]/i.test(rest) || !message.trim();
        });
        expect(bad.map(([key]) => key)).toEqual([]);
      });

      it('leaves no English sentence untranslated', () => {
        const same = [...catalogue].filter(
          ([key, message]) =>
            !SAME_IN_EVERY_LANGUAGE.has(key) && message === english.get(key) && /[a-z]{3}/i.test(message),
        );
        expect(same.map(([key]) => key)).toEqual([]);
      });

      it.runIf(PLURAL_FORMS_CHECKED(locale))('gives every plural the forms the language needs', () => {
        const short = [...catalogue].filter(([, message]) => missingPluralForms(message, locale).length > 0);
        expect(short.map(([key]) => key)).toEqual([]);
      });
    });
  }
});
