import { describe, expect, it } from 'vitest';
import { csvLine, neutraliseCell } from '@/lib/csv/neutralise-cell';
import { toCsv } from '@/lib/trends/csv';
import { publishCount, publishShare } from '@/lib/trends/suppress';

describe('small-number suppression', () => {
  it('hides every count from 1 to 4 and rounds the rest to the nearest 5', () => {
    expect(publishCount(0, 5).text).toBe('0');
    for (const n of [1, 2, 3, 4])
      expect(publishCount(n, 5)).toEqual({ value: null, text: 'fewer than 5', hidden: true });
    expect(publishCount(5, 5).text).toBe('5');
    expect(publishCount(7, 5).text).toBe('5');
    expect(publishCount(8, 5).text).toBe('10');
    expect(publishCount(1234, 5).text).toBe('1,235');
    expect(publishCount(9, 10).text).toBe('fewer than 10');
  });

  // The subtraction attack: a table shows a total and every cell but one. Whatever the true counts, what
  // is published must fit every possible hidden value from 1 to threshold − 1, so nothing is learnt.
  it.each([5, 6, 10])('cannot be undone by subtracting shown cells from the total (threshold %i)', (t) => {
    for (let hidden = 1; hidden < t; hidden++) {
      for (const others of [[0], [t], [t + 1, 2 * t + 2], [3 * t - 1, 0, 7 * t + 3], [t + 2, t + 2, t + 2]]) {
        const shown = others.map((n) => publishCount(n, t).value ?? 0);
        const total = publishCount(hidden + others.reduce((a, b) => a + b, 0), t);
        // Every other hidden value consistent with the published numbers must remain possible.
        const possible = [];
        for (let h = 1; h < t; h++) {
          const truthTotals = others.reduce((a, b) => a + b, 0) + h;
          const consistent = publishCount(truthTotals, t).text === total.text;
          if (consistent) possible.push(h);
        }
        expect(possible, `hidden ${hidden} beside ${others}`).toContain(hidden);
        // The gap between the total and the shown cells never pins the hidden cell down.
        const gap = (total.value ?? 0) - shown.reduce((a, b) => a + b, 0);
        const range = Array.from({ length: t - 1 }, (_, i) => i + 1).filter(
          (h) =>
            Math.abs(gap - h) <= others.filter((n) => n > 0).length * Math.floor(t / 2) + Math.floor(t / 2),
        );
        expect(range.length, `hidden ${hidden} beside ${others}`).toBeGreaterThan(1);
      }
    }
  });

  it('works out shares from published counts only', () => {
    expect(publishShare(publishCount(3, 5), publishCount(40, 5))).toBe('not shown');
    expect(publishShare(publishCount(12, 5), publishCount(41, 5))).toBe('25%');
  });
});

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=SUM(A1)', '+1', '-1', '@cmd', '\tx', '\rx'])
      expect(neutraliseCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(neutraliseCell('Snapchat')).toBe('Snapchat');
    expect(csvLine(['a,"b"'])).toBe('"a,""b"""');
  });

  it('writes the filter lines, a blank line, then a header and rows, with CRLF line ends', () => {
    expect(
      toCsv([['Platform', 'Discord']], ['Platform', 'Concerns'], [['=HYPERLINK("x")', 'fewer than 5']]),
    ).toBe('Platform,Discord\r\n\r\nPlatform,Concerns\r\n"\'=HYPERLINK(""x"")",fewer than 5\r\n');
  });
});
