import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DateField } from '@/components/forms/date-input';

const part = (name: string, label: string, width: number, value: string, error = '') =>
  '<div class="govuk-date-input__item"><div class="govuk-form-group">' +
  `<label class="govuk-label govuk-date-input__label" for="held-${name}">${label}</label>` +
  `<input class="govuk-input govuk-date-input__input govuk-input--width-${width}${error}" id="held-${name}" ` +
  `type="text" inputMode="numeric" name="held-${name}" value="${value}"/>` +
  '</div></div>';

describe('the GOV.UK date input', () => {
  it('renders day, month and year boxes in a labelled group', () => {
    const html = renderToStaticMarkup(
      createElement(DateField, {
        name: 'held',
        label: 'Held since',
        defaultValue: { day: '1', month: '2', year: '2026' },
      }),
    );
    expect(html).toBe(
      '<div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group">' +
        '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Held since</legend>' +
        '<div class="govuk-date-input">' +
        part('day', 'Day', 2, '1') +
        part('month', 'Month', 2, '2') +
        part('year', 'Year', 4, '2026') +
        '</div></fieldset></div>',
    );
  });

  it('describes the group by its hint and error, and marks every box in error', () => {
    const html = renderToStaticMarkup(
      createElement(DateField, {
        name: 'held',
        label: 'Held since',
        hint: 'For example, 27 3 2026',
        error: 'Enter a real date',
        defaultValue: { day: '', month: '', year: '' },
      }),
    );
    expect(html).toContain('class="govuk-form-group govuk-form-group--error"');
    expect(html).toContain('aria-describedby="held-hint held-error"');
    expect(html).toContain('<div id="held-hint" class="govuk-hint">For example, 27 3 2026</div>');
    expect(html).toContain(
      '<p id="held-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a real date</p>',
    );
    expect(html.match(/govuk-input--error/g)).toHaveLength(3);
  });
});
