// GOV.UK "Exit this page": the button, or Shift pressed three times, swaps this page for a weather page.
// Without JavaScript it is a plain link. The destination is another site on purpose.
import { getTranslations } from 'next-intl/server';

export async function ExitThisPage() {
  const t = await getTranslations('layout');
  return (
    <div className="govuk-exit-this-page" data-module="govuk-exit-this-page">
      <a
        href="https://www.bbc.co.uk/weather"
        role="button"
        draggable="false"
        className="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
        data-module="govuk-button"
        rel="nofollow noreferrer"
      >
        <span className="govuk-visually-hidden">{t('emergency')}</span> {t('exitThisPage')}
      </a>
    </div>
  );
}
