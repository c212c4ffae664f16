import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorSummary } from '@/components/forms/error-summary';
import { PERIOD_NAMES, SEVERAL_CHOSEN_NOTE, type Breakdown } from '@/lib/trends/dimensions';
import { getTrendDashboard } from '@/lib/trends/get-trend-dashboard';
import { EarlyWarnings } from './early-warnings';
import { FilterForm } from './filter-form';
import { HeadlineFigures } from './headline-figures';
import { TimeChart } from './time-chart';
import { TrendTableSection } from './trend-table-section';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trends across schools' };

export default async function TrendsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const { options, result, headline, tables, flags } = await getTrendDashboard(query);
  const errors = result.ok ? {} : result.errors;
  const csvQuery = new URLSearchParams(result.values);
  const periodName = PERIOD_NAMES[result.ok ? result.filters.period : 'month'];
  return (
    <>
      <ErrorSummary errors={errors} order={['from', 'to', 'period', 'platform', 'harm', 'area', 'phase']} />
      <h1 className="govuk-heading-xl">Trends across schools</h1>
      <p className="govuk-body">
        Counts of concerns only. Numbers from 1 to 4 are shown as “fewer than 5” and other numbers are rounded
        to the nearest 5, so no child or family can be picked out.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/trends/warnings">
          Warnings for parents
        </Link>
        {' · '}
        <Link className="govuk-link" href="/trends/advice">
          Advice pages for parents
        </Link>
      </p>
      <details className="govuk-details" open={!result.ok}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Change the dates and filters</span>
        </summary>
        <div className="govuk-details__text">
          <FilterForm options={options} values={result.values} errors={errors} />
          {!result.ok && errors.form && <p className="govuk-error-message">{errors.form}</p>}
        </div>
      </details>
      {headline && <HeadlineFigures headline={headline} />}
      <EarlyWarnings flags={flags} />
      {tables.map((table) => {
        csvQuery.set('table', table.id);
        return (
          <TrendTableSection
            key={table.id}
            table={table}
            csvHref={`/trends/csv?${csvQuery.toString()}`}
            note={table.note ?? SEVERAL_CHOSEN_NOTE[table.id as Breakdown]}
            chart={
              table.id === 'over-time' ? <TimeChart rows={table.rows} periodName={periodName} /> : undefined
            }
          />
        );
      })}
    </>
  );
}
