import type { ReactNode } from 'react';
import type { TrendTable } from '@/lib/trends/build-trend-tables';
import { Table } from '@/components/govuk/table';
import { BarChart } from './bar-chart';

/** One dashboard table with its chart (bars unless another is given), an optional note, and its CSV. */
export function TrendTableSection({
  table,
  csvHref,
  chart,
  note,
}: {
  table: TrendTable;
  csvHref: string;
  chart?: ReactNode;
  note?: string;
}) {
  return (
    <section className="govuk-!-margin-bottom-9" aria-labelledby={`${table.id}-title`}>
      <h2 className="govuk-heading-m" id={`${table.id}-title`}>
        {table.title}
      </h2>
      {note && <p className="govuk-body">{note}</p>}
      {table.rows.length === 0 ? (
        <p className="govuk-body">No concerns match these filters.</p>
      ) : (
        <>
          {chart ?? <BarChart id={table.id} rows={table.rows} />}
          <Table
            id={`${table.id}-table`}
            className={table.head.length > 2 ? 'app-table--stacked' : undefined}
            caption={table.title}
            captionClassName="govuk-visually-hidden"
            head={table.head}
            firstCellIsHeader
            labelCells
            rows={[
              ...table.rows.map((row, i) => ({ key: `${row.label}-${i}`, cells: [row.label, ...row.cells] })),
              ...(table.total ? [{ key: 'total', cells: ['Total (rounded)', ...table.total] }] : []),
            ]}
          />
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
