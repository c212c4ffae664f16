import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NotificationBanner } from '@/components/govuk/notification-banner';

describe('the GOV.UK notification banner', () => {
  it('renders a success banner as an alert with a heading', () => {
    expect(renderToStaticMarkup(createElement(NotificationBanner, { success: true, heading: 'Saved' }))).toBe(
      '<div class="govuk-notification-banner govuk-notification-banner--success" role="alert">' +
        '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title">Success</h2></div>' +
        '<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Saved</p></div>' +
        '</div>',
    );
  });

  it('labels the banner by its title when given a title id', () => {
    expect(
      renderToStaticMarkup(
        createElement(NotificationBanner, { success: true, titleId: 't', heading: 'Saved' }),
      ),
    ).toBe(
      '<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="t">' +
        '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="t">Success</h2></div>' +
        '<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Saved</p></div>' +
        '</div>',
    );
  });

  it('renders an important banner as a region with its own title and content', () => {
    expect(
      renderToStaticMarkup(
        createElement(
          NotificationBanner,
          { title: 'Early warnings', titleId: 'f' },
          createElement('ul', null),
        ),
      ),
    ).toBe(
      '<div class="govuk-notification-banner" role="region" aria-labelledby="f">' +
        '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="f">Early warnings</h2></div>' +
        '<div class="govuk-notification-banner__content"><ul></ul></div>' +
        '</div>',
    );
  });
});
