import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/actions/form-data';
import { backLink, firstUnanswered, pageAfterSaving, type Answers } from '@/lib/reporting/answers';
import {
  aboutYouSchema,
  accountsSchema,
  childSchema,
  dangerSchema,
  descriptionSchema,
  emailInsteadSchema,
  keepCodeSchema,
  parseSchoolYear,
  platformsSchema,
  schoolChoiceSchema,
  whatHappenedSchema,
} from '@/lib/reporting/schemas';
import { LOCALES } from '@/lib/i18n/locales';

type ChildWords = { report: { child: { yearNumber: string; reception: string } } };
const readCatalogue = (locale: string) =>
  JSON.parse(readFileSync(join(__dirname, `../../messages/${locale}.json`), 'utf8')) as ChildWords;

const errors = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : zodFieldErrors(result.error as never);

describe('question page schemas', () => {
  it('asks for an answer about danger in GOV.UK wording', () => {
    expect(errors(dangerSchema.safeParse({}))).toEqual({
      immediateDanger: 'Select yes if a child is in danger right now',
    });
    expect(dangerSchema.parse({ immediateDanger: 'no', extra: 'ignored' })).toEqual({
      immediateDanger: 'no',
    });
  });

  it('accepts a school id or a "not in the list" answer, and nothing else', () => {
    expect(schoolChoiceSchema.safeParse({ school: 'NOT_AT_SCHOOL' }).success).toBe(true);
    expect(schoolChoiceSchema.safeParse({ school: '0190a000-0000-7000-8000-000000000000' }).success).toBe(
      true,
    );
    expect(errors(schoolChoiceSchema.safeParse({ school: 'DROP TABLE' }))).toHaveProperty('school');
  });

  it('needs the child’s age or school year, within range', () => {
    expect(errors(childSchema.safeParse({}))).toEqual({ childAge: 'Enter the child’s age or school year' });
    expect(childSchema.safeParse({ childYear: 'Year 5' }).success).toBe(true);
    expect(childSchema.safeParse({ childAge: '9' }).success).toBe(true);
    expect(errors(childSchema.safeParse({ childAge: 'nine' }))).toEqual({
      childAge: 'Age must be a number, like 9',
    });
    expect(errors(childSchema.safeParse({ childAge: '40' }))).toEqual({
      childAge: 'Age must be between 0 and 18',
    });
    expect(errors(childSchema.safeParse({ childYear: 'Year 14' }))).toHaveProperty('childYear');
    expect(errors(childSchema.safeParse({ childAge: '9', childName: 'x'.repeat(61) }))).toHaveProperty(
      'childName',
    );
  });

  it('reads school years the way parents write them', () => {
    expect(['Reception', 'r', 'Year 7', 'year7', 'Y10', '3'].map(parseSchoolYear)).toEqual([
      0, 0, 7, 7, 10, 3,
    ]);
    expect(parseSchoolYear('seven')).toBeNaN();
  });

  it('reads a school year written in Welsh, as the Welsh page shows it back', () => {
    expect(['Derbyn', 'Blwyddyn 5', 'blwyddyn5', 'Bl 7'].map(parseSchoolYear)).toEqual([0, 5, 5, 7]);
  });

  it('reads back the school year as every language shows it, in its own digits too', () => {
    for (const locale of LOCALES) {
      const words = readCatalogue(locale).report.child;
      const year = new IntlMessageFormat(words.yearNumber, locale).format({ year: 12 });
      expect([locale, parseSchoolYear(String(year))]).toEqual([locale, 12]);
      expect([locale, parseSchoolYear(words.reception)]).toEqual([locale, 0]);
    }
    expect(['Klasa 5', 'ایئر ۵', 'ইয়ার ৫', 'السنة ٥'].map(parseSchoolYear)).toEqual([5, 5, 5, 5]);
    expect(parseSchoolYear('5 5')).toBeNaN();
  });

  it('turns one checkbox or several into a list and needs at least one', () => {
    expect(platformsSchema.parse({ platforms: 'a' }).platforms).toEqual(['a']);
    expect(platformsSchema.parse({ platforms: ['a', 'b'] }).platforms).toEqual(['a', 'b']);
    expect(errors(platformsSchema.safeParse({}))).toEqual({ platforms: 'Select where it happened' });
    expect(errors(whatHappenedSchema.safeParse({}))).toEqual({
      harms: 'Select what happened',
      happened: 'Select when it happened',
      stillHappening: 'Select if it is still happening',
      childKnows: 'Select if the child knows you are telling us',
    });
  });

  it('limits the description to 5,000 characters and keeps HTML as it was typed', () => {
    expect(errors(descriptionSchema.safeParse({ description: '   ' }))).toEqual({
      description: 'Enter a description of what happened',
    });
    expect(errors(descriptionSchema.safeParse({ description: 'x'.repeat(5001) }))).toEqual({
      description: 'Description must be 5,000 characters or fewer',
    });
    expect(descriptionSchema.parse({ description: '<b>hi</b>' }).description).toBe('<b>hi</b>');
  });

  it('needs a name and a way to reach a reporter who may be contacted, but nothing from an anonymous one', () => {
    expect(errors(aboutYouSchema.safeParse({ relationship: 'PARENT_OR_CARER', contact: 'CONTACT' }))).toEqual(
      {
        reporterName: 'Enter your name',
        reporterEmail: 'Enter an email address or a phone number',
      },
    );
    expect(
      errors(
        aboutYouSchema.safeParse({
          relationship: 'PARENT_OR_CARER',
          contact: 'CONTACT',
          reporterName: 'A',
          reporterEmail: 'not-an-email',
        }),
      ),
    ).toEqual({ reporterEmail: 'Enter an email address in the correct format, like name@example.com' });
    expect(aboutYouSchema.safeParse({ relationship: 'FAMILY_FRIEND', contact: 'ANONYMOUS' }).success).toBe(
      true,
    );
  });

  it('ignores contact details typed before choosing to stay anonymous, however long or wrong', () => {
    const parsed = aboutYouSchema.safeParse({
      relationship: 'PARENT_OR_CARER',
      contact: 'ANONYMOUS',
      reporterName: 'x'.repeat(500),
      reporterEmail: 'not-an-email',
      reporterPhone: 'call me',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ reporterName: '', reporterEmail: '', reporterPhone: '' });
  });

  it('asks how the parent knows the child when they chose "something else", within a limit', () => {
    expect(errors(aboutYouSchema.safeParse({ relationship: 'OTHER', contact: 'ANONYMOUS' }))).toEqual({
      relationshipOther: 'Enter how you know the child',
    });
    expect(
      errors(
        aboutYouSchema.safeParse({
          relationship: 'OTHER',
          contact: 'ANONYMOUS',
          relationshipOther: 'x'.repeat(101),
        }),
      ),
    ).toEqual({ relationshipOther: 'How you know the child must be 100 characters or fewer' });
  });
});

describe('journey order', () => {
  it('points to the first page not yet answered', () => {
    expect(firstUnanswered({})).toBe('/report/danger');
    expect(firstUnanswered({ urgent: false, school: 'NOT_AT_SCHOOL' })).toBe('/report/child');
  });

  const complete: Answers = {
    urgent: false,
    school: 'NOT_AT_SCHOOL',
    childAge: 9,
    platforms: ['p'],
    harms: ['h'],
    childKnows: 'YES',
    description: 'Something happened',
    relationship: 'PARENT_OR_CARER',
    contact: 'ANONYMOUS',
  };

  it('goes on to the next question the first time through', () => {
    const before = { urgent: false, school: 'NOT_AT_SCHOOL' };
    expect(pageAfterSaving(before, { ...before, childAge: 9 }, '/report/platforms')).toBe(
      '/report/platforms',
    );
  });

  it('goes back to "Check your answers" after a change, unless an answer is now missing', () => {
    expect(pageAfterSaving(complete, { ...complete, childAge: 10 }, '/report/platforms')).toBe(
      '/report/check',
    );
    expect(pageAfterSaving(complete, { ...complete, description: '' }, '/report/about-you')).toBe(
      '/report/description',
    );
  });

  it('points Back at the previous question the first time through, and at "Check your answers" after', () => {
    expect(backLink({ urgent: false }, '/report/danger')).toBe('/report/danger');
    expect(backLink(complete, '/report/child')).toBe('/report/check');
    expect(backLink({ ...complete, description: '' }, '/report/images')).toBe('/report/images');
  });
});

describe('keeping the secret code', () => {
  it('asks for the code when the box is empty, and keeps no more than a code could be', () => {
    expect(errors(keepCodeSchema.safeParse({ code: '  ' }))).toEqual({
      code: 'Enter the last 4 letters and numbers of your secret code',
    });
    expect(keepCodeSchema.safeParse({ code: 'x'.repeat(41) }).success).toBe(false);
    expect(keepCodeSchema.safeParse({ code: 'rstv' }).success).toBe(true);
  });

  it('takes an email address instead only when it could be delivered', () => {
    expect(errors(emailInsteadSchema.safeParse({ reporterEmail: '' }))).toEqual({
      reporterEmail: 'Enter your email address',
    });
    for (const reporterEmail of ['not-an-email', `${'a'.repeat(65)}@example.org`, `a@${'b'.repeat(64)}.org`])
      expect(errors(emailInsteadSchema.safeParse({ reporterEmail }))).toEqual({
        reporterEmail: 'Enter an email address in the correct format, like name@example.com',
      });
    expect(emailInsteadSchema.parse({ reporterEmail: ' parent@example.org ' })).toEqual({
      reporterEmail: 'parent@example.org',
    });
  });
});

describe('the stranger’s account question', () => {
  const box = 'account-0190a2b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b';

  it('takes empty boxes (the question is optional) but not a form with no box at all', () => {
    expect(accountsSchema.safeParse({ [box]: '' }).success).toBe(true);
    expect(accountsSchema.safeParse({}).success).toBe(false);
    expect(accountsSchema.safeParse({ other: 'x' }).success).toBe(false);
  });

  it('refuses a name over 100 characters, or one with nothing in it but @', () => {
    const errors = (value: string) => {
      const parsed = accountsSchema.safeParse({ [box]: value });
      return parsed.success ? {} : zodFieldErrors(parsed.error);
    };
    expect(errors('x'.repeat(100))).toEqual({});
    expect(errors('x'.repeat(101))).toEqual({ [box]: 'The name or link must be 100 characters or fewer' });
    expect(errors('@')).toEqual({ [box]: 'Enter the name or link, or leave the box empty' });
  });
});
