// Issue 22: one date format for people ("2 December 2026", with the time "2 December 2026, 14:05", UK
// time) and one for inputs (day, month and year, like 27/3/2026).
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, parseDateInput } from '@/lib/format/dates';

describe('dates for people', () => {
  it('writes the day in full, in UK time', () => {
    expect(formatDate(new Date('2026-12-02T14:05:00Z'))).toBe('2 December 2026');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    expect(formatDate(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
  });

  it('adds the 24-hour UK time after a comma', () => {
    expect(formatDateTime(new Date('2026-12-02T14:05:00Z'))).toBe('2 December 2026, 14:05');
    expect(formatDateTime(new Date('2026-07-01T08:00:00Z'))).toBe('1 July 2026, 09:00');
  });

  it('names the month in the parent’s language, still in UK time', () => {
    expect(formatDateTime(new Date('2026-12-02T14:05:00Z'), 'cy')).toBe('2 Rhagfyr 2026, 14:05');
    expect(formatDateTime(new Date('2026-07-01T08:00:00Z'), 'cy')).toBe('1 Gorffennaf 2026, 09:00');
    expect(formatDateTime(new Date('2026-07-01T08:00:00Z'), 'en-GB')).toBe('1 July 2026, 09:00');
  });

  it('writes a calendar date column (midnight UTC) as that day, whatever the clock', () => {
    expect(formatDay(new Date('2026-07-01T00:00:00Z'))).toBe('1 July 2026');
  });
});

describe('dates people type', () => {
  it('reads day, month and year, with any usual separator', () => {
    for (const typed of ['27/3/2026', '27 3 2026', '27-03-2026', ' 27.3.2026 '])
      expect(parseDateInput(typed)?.toISOString()).toBe('2026-03-27T00:00:00.000Z');
  });

  it('still reads a year-first date, so old bookmarked addresses keep working', () => {
    expect(parseDateInput('2026-03-27')?.toISOString()).toBe('2026-03-27T00:00:00.000Z');
  });

  it('refuses dates that do not exist', () => {
    for (const typed of ['30/2/2026', '2026-02-30', '27/13/2026', 'tomorrow', '', '1/1/1899'])
      expect(parseDateInput(typed)).toBeNull();
  });
});
