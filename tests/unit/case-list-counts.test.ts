import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { countText, Pagination, StatusCounts } from '@/app/cases/case-table';

// The case list counts each status up to a cap (lib/cases/list-cases.ts): above it, plain words.
describe('the case list’s counts', () => {
  it('say "more than 1,000" above the cap, and the number up to it', () => {
    expect(countText(1001, 1000)).toBe('more than 1,000');
    expect(countText(1000, 1000)).toBe('1,000');
    expect(countText(0, 1000)).toBe('0');
    const html = renderToStaticMarkup(
      createElement(StatusCounts, { counts: { CLOSED: 1001, NEW: 7 }, cap: 1000, params: {} }),
    );
    expect(html).toContain('Closed: more than 1,000');
    expect(html).toMatch(/New: 7</);
  });

  it('page without a page count when the total was not counted, with a next page while there is one', () => {
    const page = (pages: number | null, hasNext: boolean) =>
      renderToStaticMarkup(createElement(Pagination, { page: 2, pages, hasNext, params: {} }));
    expect(page(null, true)).toContain('Page 2</p>');
    expect(page(null, true)).toContain('rel="next"');
    expect(page(null, false)).not.toContain('rel="next"');
    expect(page(3, true)).toContain('Page 2 of 3');
  });
});
