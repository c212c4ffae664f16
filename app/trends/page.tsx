import type { Metadata } from 'next';
import Link from 'next/link';
import { ErrorSummary } from '@/components/forms/error-summary';
import { getTrendDashboard } from '@/lib/trends/get-trend-dashboard';
import { FilterForm } from './filter-form';
import { TrendTableSection } from './trend-table-section';
import { NotificationBanner } from '@/components/govuk/notification-banner';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trends across schools' };

export default async function TrendsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const { options, result, tables, flags } = await getTrendDashboard(query);
  const errors = result.ok ? {} : result.errors;
  const csvQuery = new URLSearchParams(result.values);
  return (
    <>
      <ErrorSummary errors={errors} order={['from', 'to', 'period', 'platform', 'harm', 'area', 'phase']} />
      <h1 className="govuk-heading-xl">Trends across schools</h1>
      <p className="govuk-body">
        Counts of concerns only. Numbers from 1 to 4 are shown as “fewer than 5” and other numbers are rounded
        to the nearest 5, so no child or family can be picked out.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/trends/alerts">
          Alerts for parents
        </Link>
        {' · '}
        <Link className="govuk-link" href="/trends/advice">
          Advice pages for parents
        </Link>
      </p>
      {flags.length > 0 && (
        <NotificationBanner title="Early warnings" titleId="flags-title">
          <ul className="govuk-list govuk-list--bullet">
            {flags.map((flag) => (
              <li key={flag.id}>{flag.text}</li>
            ))}
          </ul>
        </NotificationBanner>
      )}
      <FilterForm options={options} values={result.values} errors={errors} />
      {!result.ok && errors.form && <p className="govuk-error-message">{errors.form}</p>}
      {tables.map((table) => {
        csvQuery.set('table', table.id);
        return (
          <TrendTableSection key={table.id} table={table} csvHref={`/trends/csv?${csvQuery.toString()}`} />
        );
      })}
    </>
  );
}
