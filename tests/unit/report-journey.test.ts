import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/reporting/answers';
import {
  backFrom,
  checkRows,
  continueFrom,
  firstUnanswered,
  JOURNEY,
  nextPage,
  pageAfterSavingStep,
} from '@/lib/reporting/journey';

const complete: Answers = {
  urgent: false,
  school: 'NOT_AT_SCHOOL',
  childAge: 9,
  platforms: ['p'],
  harms: ['h'],
  happened: 'TODAY',
  stillHappening: 'NO',
  childKnows: 'YES',
  description: 'Something happened',
  relationship: 'PARENT_OR_CARER',
  contact: 'ANONYMOUS',
};

describe('the report journey, defined once', () => {
  it('walks the pages in order, with the 999 advice only after "yes, in danger now"', () => {
    const walk = (a: Answers) => {
      const pages = ['/report/danger'];
      while (pages.at(-1) !== '/report/check') pages.push(nextPage(pages.at(-1)!, a));
      return pages;
    };
    const notUrgent = [
      '/report/danger',
      '/report/school',
      '/report/school/results',
      '/report/child',
      '/report/platforms',
      '/report/what-happened',
      '/report/images',
      '/report/description',
      '/report/about-you',
      '/report/check',
    ];
    expect(walk({ urgent: false })).toEqual(notUrgent);
    expect(walk({ urgent: true })).toEqual(['/report/danger', '/report/danger-now', ...notUrgent.slice(1)]);
  });

  it('points Back at the page before, then at "Check your answers" from a question once all are answered', () => {
    expect(backFrom('/report/danger', {})).toBe('/');
    expect(backFrom('/report/school', { urgent: true })).toBe('/report/danger-now');
    expect(backFrom('/report/school', { urgent: false })).toBe('/report/danger');
    expect(backFrom('/report/child', { urgent: false })).toBe('/report/school/results');
    expect(backFrom('/report/description', { urgent: false })).toBe('/report/images');
    expect(backFrom('/report/child', complete)).toBe('/report/check');
    expect(backFrom('/report/danger', complete)).toBe('/report/check');
    // Pages on the way keep their plain Back link.
    expect(backFrom('/report/danger-now', complete)).toBe('/report/danger');
    expect(backFrom('/report/school/results', complete)).toBe('/report/school');
    expect(backFrom('/report/images', complete)).toBe('/report/what-happened');
    expect(backFrom('/report/check', complete)).toBe('/report/about-you');
  });

  it('after saving, shows the 999 advice and the school results even when changing an answer', () => {
    expect(pageAfterSavingStep('/report/danger', complete, { ...complete, urgent: true })).toBe(
      '/report/danger-now',
    );
    expect(pageAfterSavingStep('/report/danger', { urgent: true }, { urgent: false })).toBe('/report/school');
    expect(pageAfterSavingStep('/report/danger', complete, complete)).toBe('/report/check');
    expect(pageAfterSavingStep('/report/school', complete, complete)).toBe('/report/school/results');
    expect(pageAfterSavingStep('/report/school/results', complete, complete)).toBe('/report/check');
    expect(pageAfterSavingStep('/report/what-happened', { urgent: false }, { urgent: false })).toBe(
      '/report/images',
    );
    // A change skips the warning about pictures.
    expect(pageAfterSavingStep('/report/what-happened', complete, complete)).toBe('/report/check');
    expect(pageAfterSavingStep('/report/about-you', { urgent: false }, { urgent: false })).toBe(
      '/report/check',
    );
  });

  it('sends a change that leaves a gap to the first question still unanswered', () => {
    expect(pageAfterSavingStep('/report/child', complete, { ...complete, description: '' })).toBe(
      '/report/description',
    );
    expect(firstUnanswered({ ...complete, contact: undefined })).toBe('/report/about-you');
    expect(firstUnanswered({ ...complete, urgent: true })).toBeNull();
  });

  it('continues from the 999 advice to the school, or back to "Check your answers" when changing', () => {
    expect(continueFrom('/report/danger-now', { urgent: true })).toBe('/report/school');
    expect(continueFrom('/report/danger-now', { ...complete, urgent: true })).toBe('/report/check');
    expect(continueFrom('/report/images', { urgent: false })).toBe('/report/description');
    expect(continueFrom('/report/images', complete)).toBe('/report/description');
  });

  it('links each "Check your answers" row to its page, contact details only when contact is allowed', () => {
    const anonymous = checkRows(complete);
    expect(anonymous.map((r) => r.id)).not.toContain('reporter-name');
    expect(anonymous.find((r) => r.id === 'child-age')?.href).toBe('/report/child');
    expect(anonymous.find((r) => r.id === 'school')?.href).toBe('/report/school');
    const contact = checkRows({ ...complete, contact: 'CONTACT' });
    expect(contact.filter((r) => r.href === '/report/about-you').map((r) => r.id)).toEqual([
      'relationship',
      'contact',
      'reporter-name',
      'reporter-email',
      'reporter-phone',
      'reporter-safe-times',
    ]);
  });

  it('asks, after the platforms and the accounts, whether the parent already reported it there (optional)', () => {
    const pages = ['/report/danger'];
    while (pages.at(-1) !== '/report/check') pages.push(nextPage(pages.at(-1)!, complete));
    expect(pages.slice(pages.indexOf('/report/platforms'), pages.indexOf('/report/images'))).toEqual([
      '/report/platforms',
      '/report/accounts',
      '/report/already-reported',
      '/report/what-happened',
    ]);
    expect(backFrom('/report/what-happened', { urgent: false, platforms: ['p'] })).toBe(
      '/report/already-reported',
    );
    // Skipped, it leaves nothing missing; answered or not, "Check your answers" has its row.
    expect(firstUnanswered(complete)).toBeNull();
    expect(pageAfterSavingStep('/report/already-reported', complete, complete)).toBe('/report/check');
    const row = checkRows({ ...complete, reportedToPlatform: 'NOT_YET' }).find(
      (r) => r.id === 'reported-to-platform',
    );
    expect(row?.href).toBe('/report/already-reported');
    expect(checkRows(complete).map((r) => r.id)).toContain('reported-to-platform');
  });

  it('gives every answer one page and every row one id', () => {
    const owned = JOURNEY.flatMap((step) => step.owns);
    expect(new Set(owned).size).toBe(owned.length);
    const rows = JOURNEY.flatMap((step) => step.rows ?? []).map((row) => row.id);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
