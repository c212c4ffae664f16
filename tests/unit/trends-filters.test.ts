import { describe, expect, it } from 'vitest';
import { splitWarningText } from '@/components/warning-text';
import { warningSchema } from '@/lib/warnings/warning-schema';
import { parseTrendFilters, type FilterOptions } from '@/lib/trends/filters';

const options: FilterOptions = {
  platforms: [{ id: '11111111-1111-1111-1111-111111111111', slug: 'snapchat', name: 'Snapchat' }],
  harms: [{ id: '22222222-2222-2222-2222-222222222222', slug: 'bullied', name: 'Bullied' }],
  areas: ['Millbrook'],
};
const today = new Date('2026-11-24T10:00:00Z');

describe('trend filters', () => {
  it('reads dates typed as day, month and year, like every other date field', () => {
    const result = parseTrendFilters({ from: '1/9/2026', to: '30/11/2026' }, options, today);
    expect(result.ok && result.filters.from.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(result.ok && result.filters.to.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    const wrong = parseTrendFilters({ from: '31/2/2026' }, options, today);
    expect(!wrong.ok && wrong.errors.from).toBe(
      'Enter a real start date as day, month and year, like 1/9/2026',
    );
  });

  it('reads the day, month and year of a warning’s dates the same way', () => {
    const parsed = warningSchema.safeParse({
      title: 'T',
      whatToKnow: 'K',
      whatToDo: 'D',
      publishFrom: '1/12/2026',
      publishUntil: '31 1 2027',
    });
    expect(parsed.data).toMatchObject({ publishFrom: '2026-12-01', publishUntil: '2027-01-31' });
  });

  it('defaults to the last six months by month', () => {
    const result = parseTrendFilters({}, options, today);
    expect(result.ok && result.filters.period).toBe('month');
    expect(result.ok && result.filters.to.toISOString().slice(0, 10)).toBe('2026-11-24');
  });

  it('turns known choices into ids', () => {
    const result = parseTrendFilters(
      { platform: 'snapchat', harm: 'bullied', area: 'Millbrook', phase: 'PRIMARY' },
      options,
      today,
    );
    expect(result.ok && result.filters).toMatchObject({
      platformId: options.platforms[0]?.id,
      phase: 'PRIMARY',
    });
  });

  it.each(['week', 'month', 'quarter', 'year'])('counts by %s when asked', (period) => {
    const result = parseTrendFilters({ period }, options, today);
    expect(result.ok && result.filters.period).toBe(period);
  });

  it('refuses a period it does not know', () => {
    expect(parseTrendFilters({ period: 'fortnight' }, options, today).ok).toBe(false);
  });

  it.each([
    [{ platform: 'omegle2' }, 'platform', 'Choose a platform from the list'],
    [{ harm: 'x' }, 'harm', 'Choose a kind of harm from the list'],
    [{ area: 'Atlantis' }, 'area', 'Choose an area from the list'],
    [{ phase: 'UNIVERSITY' }, 'phase', 'Choose a school phase from the list'],
    [{ from: '2026-02-30' }, 'from', 'Enter a real start date as day, month and year, like 1/9/2026'],
    [
      { from: '2026-06-01', to: '2026-01-01' },
      'from',
      'The start date must be the same as or before the end date',
    ],
    [{ from: '1990-01-01', to: '2026-01-01' }, 'from', 'The date range must be 3 years or shorter'],
  ])('refuses %o with a clear message', (query, field, message) => {
    const result = parseTrendFilters(query, options, today);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toBe(message);
  });

  it('refuses unknown parameters', () => {
    expect(parseTrendFilters({ school: 'x' }, options, today).ok).toBe(false);
  });
});

describe('warning text', () => {
  it('keeps paragraphs and bullet lines, and nothing else', () => {
    expect(splitWarningText('One\nline.\n\n- a\n- b\n\n<b>x</b>')).toEqual([
      { kind: 'p', text: 'One line.' },
      { kind: 'ul', items: ['a', 'b'] },
      { kind: 'p', text: '<b>x</b>' },
    ]);
  });
});
