import { describe, expect, it } from 'vitest';
import { csvDocument } from '@/lib/csv/neutralise-cell';
import { describeChange, publishFigure, topNames } from '@/lib/trends/describe-change';
import { fillPeriods, periodLabels } from '@/lib/trends/period-labels';
import { trendCsvFilename, trendCsvFilterRows, type CsvFilterNames } from '@/lib/trends/csv';

describe('headline change in plain words', () => {
  it('says up, down or no change, from the previous rounded figure', () => {
    expect(publishFigure(52, 40, 5).change).toBe('up 10 from 40');
    expect(publishFigure(33, 42, 5).change).toBe('down 5 from 40');
    expect(publishFigure(41, 39, 5).change).toBe('no change');
    expect(publishFigure(10, 0, 5).change).toBe('up 10 from 0');
    expect(publishFigure(0, 0, 5).change).toBe('no change');
  });

  it('shows both figures exactly as suppress.ts publishes them', () => {
    const figure = publishFigure(1234, 7, 5);
    expect(figure.now.text).toBe('1,235');
    expect(figure.before.text).toBe('5');
    expect(publishFigure(3, 20, 5).now.text).toBe('fewer than 5');
  });

  it('says "too few to compare" when either side is hidden, so a change never reveals a hidden count', () => {
    for (const [now, before] of [
      [3, 20],
      [20, 3],
      [1, 4],
      [4, 0],
      [0, 2],
    ] as const)
      expect(publishFigure(now, before, 5).change, `${now} against ${before}`).toBe('too few to compare');
    expect(
      describeChange(
        { value: 10, text: '10', hidden: false },
        { value: null, text: 'fewer than 5', hidden: true },
      ),
    ).toBe('too few to compare');
  });

  it('names the top platform only from counts at or above the threshold, ties together', () => {
    expect(
      topNames(
        [
          { name: 'Discord', concerns: 12 },
          { name: 'Roblox', concerns: 30 },
        ],
        5,
      ),
    ).toEqual({
      names: ['Roblox'],
      concerns: 30,
    });
    // 11 and 9 both show as 10: naming one would reveal which is bigger.
    expect(
      topNames(
        [
          { name: 'Roblox', concerns: 9 },
          { name: 'Discord', concerns: 11 },
        ],
        5,
      ),
    ).toEqual({
      names: ['Discord', 'Roblox'],
      concerns: 11,
    });
    expect(
      topNames(
        [
          { name: 'Discord', concerns: 4 },
          { name: 'Roblox', concerns: 3 },
        ],
        5,
      ),
    ).toBeNull();
    expect(topNames([], 5)).toBeNull();
  });
});

describe('trends CSV filters', () => {
  const names: CsvFilterNames = {
    table: 'Concerns by platform',
    period: 'Month',
    platform: 'Discord',
    harm: null,
    area: null,
    phase: null,
  };
  const values = { from: '1/9/2026', to: '30/11/2026', period: 'month', platform: 'discord' };
  const from = new Date('2026-09-01T00:00:00Z');
  const to = new Date('2026-11-30T00:00:00Z');

  it('names the file for its filters, in safe characters only', () => {
    expect(trendCsvFilename('platform', { from, to, period: 'month' }, values)).toBe(
      'trends-2026-09-01-to-2026-11-30-by-month-platform-discord-table-platform.csv',
    );
    expect(
      trendCsvFilename(
        'area',
        { from, to, period: 'week' },
        { area: 'St. Albans & "Harpenden"/../x', phase: 'PRIMARY' },
      ),
    ).toBe('trends-2026-09-01-to-2026-11-30-by-week-area-st-albans-harpenden-x-phase-primary-table-area.csv');
  });

  it('starts with Filter,value lines and a blank line, then the table', () => {
    const rows = trendCsvFilterRows(names, { from, to });
    expect(rows).toEqual([
      ['Table', 'Concerns by platform'],
      ['From', '2026-09-01'],
      ['To', '2026-11-30'],
      ['Counts by', 'Month'],
      ['Platform', 'Discord'],
      ['Kind of harm', 'All kinds of harm'],
      ['Area', 'All areas'],
      ['School phase', 'All phases'],
    ]);
  });

  it('neutralises a filter value that a spreadsheet would run as a formula', () => {
    const rows = trendCsvFilterRows({ ...names, area: '=HYPERLINK("x")' }, { from, to });
    expect(csvDocument(['Filter', 'Value'], rows)).toContain(`Area,"'=HYPERLINK(""x"")"`);
  });
});

describe('time chart periods', () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);

  it('lists every whole period from the start date to the end date, in order, empty ones too', () => {
    expect(periodLabels('month', day('2026-09-15'), day('2026-12-02'))).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(periodLabels('quarter', day('2025-12-31'), day('2026-04-01'))).toEqual([
      '2025 Q4',
      '2026 Q1',
      '2026 Q2',
    ]);
    expect(periodLabels('year', day('2025-06-01'), day('2026-01-01'))).toEqual(['2025', '2026']);
    // Weeks start on Monday: Wednesday 4 November is in the week of Monday 2 November.
    expect(periodLabels('week', day('2026-11-04'), day('2026-11-30'))).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('fills the periods with no concerns with 0', () => {
    const rows = fillPeriods(['2026-09', '2026-10', '2026-11'], [{ key: '2026-10', value: 7 }], {
      key: '',
      value: 0,
    });
    expect(rows).toEqual([
      { key: '2026-09', value: 0 },
      { key: '2026-10', value: 7 },
      { key: '2026-11', value: 0 },
    ]);
  });
});
