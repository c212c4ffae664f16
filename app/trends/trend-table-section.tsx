import type { TrendTable } from '@/lib/trends/build-trend-tables';
import { BarChart } from './bar-chart';

export function TrendTableSection({ table, csvHref }: { table: TrendTable; csvHref: string }) {
  return (
    <section className="govuk-!-margin-bottom-9" aria-labelledby={`${table.id}-title`}>
      <h2 className="govuk-heading-m" id={`${table.id}-title`}>
        {table.title}
      </h2>
      {table.rows.length === 0 ? (
        <p className="govuk-body">No concerns match these filters.</p>
      ) : (
        <>
          <BarChart id={table.id} rows={table.rows} />
          <table
            className={`govuk-table${table.head.length > 2 ? ' app-table--stacked' : ''}`}
            id={`${table.id}-table`}
          >
            <caption className="govuk-table__caption govuk-visually-hidden">{table.title}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {table.head.map((heading) => (
                  <th key={heading} scope="col" className="govuk-table__header">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {table.rows.map((row, i) => (
                <tr key={`${row.label}-${i}`} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {row.label}
                  </th>
                  {row.cells.map((cell, j) => (
                    <td key={j} className="govuk-table__cell" data-label={table.head[j + 1]}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
              {table.total && (
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Total (rounded)
                  </th>
                  {table.total.map((cell, j) => (
                    <td key={j} className="govuk-table__cell" data-label={table.head[j + 1]}>
                      {cell}
                    </td>
                  ))}
                </tr>
              )}
            </tbody>
          </table>
          <p className="govuk-body">
            <a className="govuk-link" href={csvHref} download>
              Download this table as CSV<span className="govuk-visually-hidden"> ({table.title})</span>
            </a>
          </p>
        </>
      )}
    </section>
  );
}
