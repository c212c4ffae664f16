import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RowButton } from '@/components/forms/row-button';

describe('the button of a table row', () => {
  it('posts its hidden fields and names its row to a screen reader', () => {
    const html = renderToStaticMarkup(
      createElement(RowButton, {
        action: async () => ({}),
        fields: { id: 'term-1' },
        label: 'Remove',
        rowName: 'Autumn 1, 3 September 2029',
      }),
    );
    expect(html).toContain('<input type="hidden" name="id" value="term-1"/>');
    expect(html).toContain(
      '<button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Remove' +
        '<span class="govuk-visually-hidden">: Autumn 1, 3 September 2029</span></button>',
    );
  });
});
