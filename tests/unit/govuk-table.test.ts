import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Table } from '@/components/govuk/table';

describe('the GOV.UK table', () => {
  it('renders a plain table with column headers, as the admin lists do', () => {
    const html = renderToStaticMarkup(
      createElement(Table, {
        head: ['Position', 'Name'],
        rows: [
          { key: 'a', cells: [1, createElement('a', { className: 'govuk-link', href: '/x' }, 'Bullying')] },
        ],
      }),
    );
    expect(html).toBe(
      '<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row">' +
        '<th scope="col" class="govuk-table__header">Position</th><th scope="col" class="govuk-table__header">Name</th>' +
        '</tr></thead><tbody class="govuk-table__body"><tr class="govuk-table__row">' +
        '<td class="govuk-table__cell">1</td><td class="govuk-table__cell"><a class="govuk-link" href="/x">Bullying</a></td>' +
        '</tr></tbody></table>',
    );
  });

  it('renders a stacked table with a caption, row headers, numeric cells and a label per data cell', () => {
    const html = renderToStaticMarkup(
      createElement(Table, {
        head: ['Platform', { text: 'Concerns', numeric: true }],
        caption: 'By platform',
        captionClassName: 'govuk-visually-hidden',
        className: 'app-table--stacked',
        id: 'platform-table',
        firstCellIsHeader: true,
        labelCells: true,
        rows: [
          {
            key: 'p',
            cells: ['Chat app', { content: '12', numeric: true }, { content: 'x', unlabelled: true }],
          },
        ],
      }),
    );
    expect(html).toBe(
      '<table class="govuk-table app-table--stacked" id="platform-table">' +
        '<caption class="govuk-table__caption govuk-visually-hidden">By platform</caption>' +
        '<thead class="govuk-table__head"><tr class="govuk-table__row">' +
        '<th scope="col" class="govuk-table__header">Platform</th>' +
        '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Concerns</th>' +
        '</tr></thead><tbody class="govuk-table__body"><tr class="govuk-table__row">' +
        '<th scope="row" class="govuk-table__header">Chat app</th>' +
        '<td class="govuk-table__cell govuk-table__cell--numeric" data-label="Concerns">12</td>' +
        '<td class="govuk-table__cell">x</td>' +
        '</tr></tbody></table>',
    );
  });

  it('takes rows as children when a row needs more than cells', () => {
    const html = renderToStaticMarkup(
      createElement(
        Table,
        { head: ['Case'] },
        createElement('tr', { className: 'govuk-table__row', 'data-reference': 'R1' }),
      ),
    );
    expect(html).toContain(
      '<tbody class="govuk-table__body"><tr class="govuk-table__row" data-reference="R1"></tr></tbody>',
    );
  });
});
