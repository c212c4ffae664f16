import { describe, expect, it } from 'vitest';
import { chooseLocale } from '@/lib/i18n/choose-locale';
import { offeredLocales } from '@/lib/i18n/catalogue-status';

describe('chooseLocale: the language of a public page', () => {
  const wales = offeredLocales(['en', 'cy']);
  const england = offeredLocales(['en']);

  it('follows the chooser’s cookie when the partnership offers that language', () => {
    expect(chooseLocale({ chosen: 'cy', acceptLanguage: 'en-GB', offered: wales })).toBe('cy');
  });

  it('never trusts a cookie naming a language the partnership does not offer', () => {
    expect(chooseLocale({ chosen: 'cy', acceptLanguage: 'cy', offered: england })).toBe('en');
    expect(chooseLocale({ chosen: '../../etc', acceptLanguage: null, offered: wales })).toBe('en');
  });

  it('offers the browser’s language when the partnership has it, in the browser’s order', () => {
    expect(
      chooseLocale({ chosen: undefined, acceptLanguage: 'cy-GB,cy;q=0.9,en;q=0.8', offered: wales }),
    ).toBe('cy');
    expect(
      chooseLocale({ chosen: undefined, acceptLanguage: 'pl, en;q=0.5, cy;q=0.7', offered: wales }),
    ).toBe('cy');
    expect(chooseLocale({ chosen: undefined, acceptLanguage: 'en;q=0.9, cy;q=0.1', offered: wales })).toBe(
      'en',
    );
  });

  it('is English otherwise', () => {
    expect(chooseLocale({ chosen: undefined, acceptLanguage: 'pl-PL', offered: wales })).toBe('en');
    expect(chooseLocale({ chosen: undefined, acceptLanguage: 'cy;q=0', offered: wales })).toBe('en');
    expect(chooseLocale({ chosen: undefined, acceptLanguage: null, offered: wales })).toBe('en');
  });

  it('offers English always, and only complete catalogues', () => {
    expect(offeredLocales([])).toEqual(['en']);
    expect(offeredLocales(['cy', 'xx'])).toEqual(['en', 'cy']);
  });
});
