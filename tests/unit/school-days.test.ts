import { describe, expect, it } from 'vitest';
import {
  addSchoolDays,
  isSchoolDay,
  schoolCalendar,
  schoolDaysBetween,
  WEEKDAYS_ONLY,
} from '@/lib/calendar/school-days';

const at = (iso: string) => new Date(iso);
const withHolidays = schoolCalendar({ bankHolidays: ['2026-12-25', '2026-12-28', '2027-01-01'], terms: [] });
// Spring term 2028 with its half term (14 to 18 February) between two halves.
const springTerm = schoolCalendar({
  bankHolidays: ['2028-04-14', '2028-04-17'],
  terms: [
    { startsOn: '2028-02-21', endsOn: '2028-03-31' },
    { startsOn: '2028-01-04', endsOn: '2028-02-11' },
  ],
});

describe('school days', () => {
  it('are weekdays when the partnership has no term dates', () => {
    expect(isSchoolDay('2026-11-27', WEEKDAYS_ONLY)).toBe(true); // Friday
    expect(isSchoolDay('2026-11-28', WEEKDAYS_ONLY)).toBe(false); // Saturday
    expect(isSchoolDay('2026-11-29', WEEKDAYS_ONLY)).toBe(false); // Sunday
  });

  it('leave out bank holidays, substitute days included', () => {
    expect(isSchoolDay('2026-12-25', withHolidays)).toBe(false);
    expect(isSchoolDay('2026-12-28', withHolidays)).toBe(false); // Boxing Day falls on a Saturday
    expect(isSchoolDay('2026-12-29', withHolidays)).toBe(true);
  });

  it('leave out days between terms, and follow the default outside the years the terms cover', () => {
    expect(isSchoolDay('2028-02-11', springTerm)).toBe(true);
    expect(isSchoolDay('2028-02-14', springTerm)).toBe(false); // half term
    expect(isSchoolDay('2028-02-21', springTerm)).toBe(true);
    expect(isSchoolDay('2028-04-14', springTerm)).toBe(false); // Good Friday, after the last term
    expect(isSchoolDay('2028-04-18', springTerm)).toBe(true); // no terms entered this far ahead
    expect(isSchoolDay('2027-12-20', springTerm)).toBe(true); // nor this far back
  });
});

describe('addSchoolDays', () => {
  it('counts 24 hours of school-day time for each day, in London time', () => {
    expect(addSchoolDays(at('2026-11-24T10:00:00Z'), 1, WEEKDAYS_ONLY)).toEqual(at('2026-11-25T10:00:00Z'));
    expect(addSchoolDays(at('2026-11-27T16:00:00Z'), 1, WEEKDAYS_ONLY)).toEqual(at('2026-11-30T16:00:00Z'));
    // Friday 23:30 in London summer time is 22:30 UTC.
    expect(addSchoolDays(at('2026-07-03T22:30:00Z'), 1, WEEKDAYS_ONLY)).toEqual(at('2026-07-06T22:30:00Z'));
  });

  it('skips Christmas and the substitute Boxing Day', () => {
    // Thursday 24 December 2026, 16:00: Friday and Monday are holidays, so the day ends on Tuesday at 16:00.
    expect(addSchoolDays(at('2026-12-24T16:00:00Z'), 1, withHolidays)).toEqual(at('2026-12-29T16:00:00Z'));
  });

  it('skips a half term', () => {
    expect(addSchoolDays(at('2028-02-11T10:00:00Z'), 1, springTerm)).toEqual(at('2028-02-21T10:00:00Z'));
  });

  it('starts a report sent in the holidays on the first school day, across a change of the clocks', () => {
    // The clocks go forward on Sunday 26 March 2028: school starts again at midnight London time (23:00 UTC).
    const easter = schoolCalendar({
      bankHolidays: [],
      terms: [{ startsOn: '2028-03-27', endsOn: '2028-03-31' }],
    });
    expect(addSchoolDays(at('2028-03-25T12:00:00Z'), 5, easter)).toEqual(at('2028-03-31T23:00:00Z'));
  });

  it('gives five school days for a child protection file sent on a Wednesday in term', () => {
    expect(addSchoolDays(at('2028-03-01T09:00:00Z'), 5, springTerm)).toEqual(at('2028-03-08T09:00:00Z'));
  });
});

describe('schoolDaysBetween', () => {
  it('is the school-day time between two moments, in days', () => {
    expect(schoolDaysBetween(at('2026-11-27T16:00:00Z'), at('2026-11-30T16:00:00Z'), WEEKDAYS_ONLY)).toBe(1);
    expect(schoolDaysBetween(at('2028-02-11T12:00:00Z'), at('2028-02-21T00:00:00Z'), springTerm)).toBe(0.5);
    expect(schoolDaysBetween(at('2026-11-30T16:00:00Z'), at('2026-11-27T16:00:00Z'), WEEKDAYS_ONLY)).toBe(-1);
  });

  it('undoes addSchoolDays', () => {
    const from = at('2026-12-23T08:15:00Z');
    expect(schoolDaysBetween(from, addSchoolDays(from, 5, withHolidays), withHolidays)).toBe(5);
  });
});
