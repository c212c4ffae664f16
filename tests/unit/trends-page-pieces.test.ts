// The trends page's pieces, drawn on the server: the time chart reads as time and keeps hidden counts
// hidden; the headline says each change in words; the early warnings say what to do.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EarlyWarnings } from '@/app/trends/early-warnings';
import { HeadlineFigures } from '@/app/trends/headline-figures';
import { TimeChart } from '@/app/trends/time-chart';
import { publishFigure } from '@/lib/trends/describe-change';
import { publishCount } from '@/lib/trends/suppress';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('the time chart', () => {
  const counts: [string, number][] = [
    ['2026-09', 42],
    ['2026-10', 3],
    ['2026-11', 0],
    ['2026-12', 130],
  ];
  const rows = counts.map(([label, n]) => ({ label, cells: [], bar: publishCount(n, 5) }));
  const html = renderToStaticMarkup(createElement(TimeChart, { rows, periodName: 'Month' }));

  it('draws one column per period, left to right in order, with both axes labelled', () => {
    const columns = [...html.matchAll(/<rect x="(\d+)"/g)].map((m) => Number(m[1]));
    expect(columns).toHaveLength(4);
    expect([...columns].sort((a, b) => a - b)).toEqual(columns);
    const labels = [...html.matchAll(/rotate\(-45[^"]*">([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    expect(html).toContain('>Concerns</text>');
    expect(html).toContain('>Month</text>');
  });

  it('shows published numbers only, a hidden one hatched, and is hidden from screen readers for its table', () => {
    expect(html).toContain('>40</text>');
    expect(html).toContain('>130</text>');
    expect(html).not.toContain('>42<');
    expect(html).not.toContain('>3<');
    expect(html).toContain('&lt;5');
    expect(html).toContain('url(#hatch-over-time)');
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    // Drawn at its real size inside a box that scrolls, so its words never shrink on a phone.
    expect(html).toMatch(/^<div class="app-time-chart"[^>]*tabindex="0"><svg width="\d+"/);
  });

  it('fits two years of months in the page at 1280 px wide, with columns no narrower than 32 px', () => {
    const months = Array.from({ length: 24 }, (_, i) => ({
      label: `m${i}`,
      cells: [],
      bar: publishCount(9, 5),
    }));
    const wide = renderToStaticMarkup(createElement(TimeChart, { rows: months, periodName: 'Month' }));
    expect(Number(/<svg width="(\d+)"/.exec(wide)?.[1])).toBeLessThanOrEqual(960);
    const weeks = Array.from({ length: 53 }, (_, i) => ({
      label: `w${i}`,
      cells: [],
      bar: publishCount(9, 5),
    }));
    const long = renderToStaticMarkup(createElement(TimeChart, { rows: weeks, periodName: 'Week' }));
    expect(Number(/<svg width="(\d+)"/.exec(long)?.[1])).toBeGreaterThanOrEqual(53 * 32);
  });
});

describe('the headline figures', () => {
  it('gives each figure with its change in words, and says when too few to name the top platform', () => {
    const html = renderToStaticMarkup(
      createElement(HeadlineFigures, {
        headline: {
          span: { first: day('2026-09-01'), last: day('2026-11-30') },
          previous: { first: day('2026-06-01'), last: day('2026-08-31') },
          figures: [
            { label: 'Concerns reported', ...publishFigure(52, 40, 5) },
            { label: 'Urgent concerns', ...publishFigure(3, 12, 5) },
            { label: 'Sent elsewhere', ...publishFigure(0, 0, 5), hint: 'Not in the figures above.' },
          ],
          top: [
            { label: 'Most reported platform', figures: [{ label: 'Roblox', ...publishFigure(30, 30, 5) }] },
            { label: 'Most reported kind of harm', figures: [] },
          ],
        },
      }),
    );
    expect(html).toContain('From 1 September 2026 to 30 November 2026');
    expect(html).toContain('(1 June 2026 to 31 August 2026)');
    expect(html).toContain('up 10 from 40');
    expect(html).toContain('fewer than 5');
    expect(html).toContain('too few to compare');
    expect(html).toContain('Roblox');
    expect(html).toContain('<p class="govuk-hint govuk-!-font-size-16">Not in the figures above.</p>');
    expect(html).toContain('no change');
    expect(html).toContain('Too few concerns to say');
  });
});

describe('the early warnings', () => {
  it('lists each flag and links to writing a warning for parents', () => {
    const html = renderToStaticMarkup(
      createElement(EarlyWarnings, { flags: [{ id: 'f', text: 'Concerns about Roblox rose.' }] }),
    );
    expect(html).toContain('<li>Concerns about Roblox rose.</li>');
    expect(html).toContain('href="/trends/warnings/new"');
    expect(renderToStaticMarkup(createElement(EarlyWarnings, { flags: [] }))).toContain(
      'No early warnings in the last 28 days.',
    );
  });
});
