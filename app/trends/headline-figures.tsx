import type { HeadlineFigure, TrendHeadline } from '@/lib/trends/build-trend-headline';
import { formatDay } from '@/lib/format/dates';

function Figure({ figure, name }: { figure: HeadlineFigure; name?: boolean }) {
  return (
    <>
      {name && <p className="govuk-heading-m govuk-!-margin-bottom-1">{figure.label}</p>}
      <p className={`${name ? 'govuk-body' : 'govuk-heading-l'} govuk-!-margin-bottom-1`}>
        {figure.now.text}
        {name && ' concerns'}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-3">{figure.change}</p>
    </>
  );
}

/** The period's main numbers, each beside the change from the period of the same length just before. */
export function HeadlineFigures({ headline }: { headline: TrendHeadline }) {
  const { span, previous } = headline;
  return (
    <section className="govuk-!-margin-bottom-6" id="headline" aria-labelledby="headline-title">
      <h2 className="govuk-heading-m" id="headline-title">
        Headline figures
      </h2>
      <p className="govuk-body">
        From {formatDay(span.first)} to {formatDay(span.last)}, compared with the same length of time just
        before ({formatDay(previous.first)} to {formatDay(previous.last)}).
      </p>
      <ul className="app-headline govuk-list">
        {headline.figures.map((figure) => (
          <li className="app-headline__item" key={figure.label}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{figure.label}</h3>
            <Figure figure={figure} />
            {figure.hint && <p className="govuk-hint govuk-!-font-size-16">{figure.hint}</p>}
          </li>
        ))}
        {headline.top.map((top) => (
          <li className="app-headline__item" key={top.label}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{top.label}</h3>
            {top.figures.length === 0 ? (
              <p className="govuk-body">Too few concerns to say</p>
            ) : (
              top.figures.map((figure) => <Figure key={figure.label} figure={figure} name />)
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
