import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SummaryList } from '@/components/govuk/summary-list';

describe('the GOV.UK summary list', () => {
  it('renders keys and values', () => {
    expect(
      renderToStaticMarkup(createElement(SummaryList, { rows: [{ key: 'Email', value: 'a@example.org' }] })),
    ).toBe(
      '<dl class="govuk-summary-list"><div class="govuk-summary-list__row">' +
        '<dt class="govuk-summary-list__key">Email</dt><dd class="govuk-summary-list__value">a@example.org</dd>' +
        '</div></dl>',
    );
  });

  it('renders a change link naming its row for screen readers, and extra classes', () => {
    expect(
      renderToStaticMarkup(
        createElement(SummaryList, {
          className: 'govuk-!-margin-bottom-9',
          valueClassName: 'app-preserve-lines',
          rows: [{ key: 'What happened', value: 'Messages', change: '/report/what' }],
        }),
      ),
    ).toBe(
      '<dl class="govuk-summary-list govuk-!-margin-bottom-9"><div class="govuk-summary-list__row">' +
        '<dt class="govuk-summary-list__key">What happened</dt>' +
        '<dd class="govuk-summary-list__value app-preserve-lines">Messages</dd>' +
        '<dd class="govuk-summary-list__actions"><a class="govuk-link" href="/report/what">' +
        'Change<span class="govuk-visually-hidden"> what happened</span></a></dd>' +
        '</div></dl>',
    );
  });
});
