// The languages part of /admin/branding: each language's status in words, only complete catalogues to
// offer or download, and a refused upload's problems beside the file field.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LanguagesSection } from '@/app/admin/branding/languages-section';
import type { LanguageStatus } from '@/lib/i18n/language-reviews';

const status = (over: Partial<LanguageStatus>): LanguageStatus => ({
  locale: 'ur',
  name: 'اردو',
  englishName: 'Urdu',
  complete: true,
  problems: 0,
  review: null,
  offered: false,
  ...over,
});

const render = (
  statuses: LanguageStatus[],
  result: Parameters<typeof LanguagesSection>[0]['result'] = null,
) => renderToStaticMarkup(createElement(LanguagesSection, { statuses, result }));

describe('the languages section', () => {
  it('says which languages need a fluent reader, who checked the others, and offers only complete ones', () => {
    const html = render([
      status({ locale: 'ur', review: { reviewerName: 'Amina Shah', reviewedOn: new Date('2026-12-02') } }),
      status({ locale: 'pl', name: 'Polski', englishName: 'Polish', offered: true }),
      status({ locale: 'bn', name: 'বাংলা', englishName: 'Bengali', complete: false, problems: 3 }),
    ]);
    expect(html).toContain('Amina Shah, 2 December 2026');
    expect(html).toContain('Needs review by a fluent reader');
    expect(html).toContain('Not complete: 3 messages missing or wrong');
    expect(html).toMatch(/name="languages" checked="" value="pl"/);
    expect(html).toMatch(/name="languages" value="ur"/);
    expect(html).not.toMatch(/name="languages"[^>]*value="bn"/);
    expect(html).toContain('href="/admin/branding/catalogue/ur"');
    expect(html).not.toContain('href="/admin/branding/catalogue/bn"');
    expect(html).toMatch(/encType="multipart\/form-data" method="post"/);
  });

  it('shows a refused upload’s problems by the file field, the language still chosen', () => {
    const html = render([status({}), status({ locale: 'pl', englishName: 'Polish' })], {
      kind: 'refused',
      locale: 'pl',
      message: 'Polish: The file cannot be used yet. Fix these messages and upload it again:',
      problems: ['report.back is missing'],
    });
    expect(html).toContain('govuk-form-group--error');
    expect(html).toContain('<li>report.back is missing</li>');
    expect(html).toMatch(/<option value="pl" selected="">Polish<\/option>/);
  });
});
