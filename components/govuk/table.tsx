import { isValidElement, type ReactNode } from 'react';

/**
 * A cell is its content, or its content with how to show it: a row header, a right-aligned number, or (in a
 * table with `labelCells`) without its column's label, as for the name a stacked row is headed by.
 */
export type TableCell = ReactNode | CellOptions;
interface CellOptions {
  content: ReactNode;
  header?: boolean;
  numeric?: boolean;
  unlabelled?: boolean;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
}

interface TableProps {
  /** Headings, one a column. A numeric heading is right-aligned like its column. */
  head: (string | { text: string; numeric?: boolean })[];
  /** The rows; or pass `children` (`<tr>`s) when a row needs more than cells, such as data attributes. */
  rows?: TableRow[];
  children?: ReactNode;
  caption?: ReactNode;
  /** Extra caption classes, such as `govuk-visually-hidden` or `govuk-table__caption--m`. */
  captionClassName?: string;
  /** Extra table classes, such as `app-table--stacked`. */
  className?: string;
  id?: string;
  /** The first cell of each row is a row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  /**
   * Each data cell carries `data-label` with its column's heading, which `app-table--stacked` shows beside
   * the cell when the table stacks on a narrow screen.
   */
  labelCells?: boolean;
}

function isCellObject(cell: TableCell): cell is CellOptions {
  return typeof cell === 'object' && cell !== null && !isValidElement(cell) && 'content' in cell;
}

const headingText = (h: TableProps['head'][number]) => (typeof h === 'string' ? h : h.text);

/** A GOV.UK table: https://design-system.service.gov.uk/components/table/ */
export function Table({
  head,
  rows,
  children,
  caption,
  captionClassName,
  className,
  id,
  firstCellIsHeader = false,
  labelCells = false,
}: TableProps) {
  return (
    <table className={className ? `govuk-table ${className}` : 'govuk-table'} id={id}>
      {caption !== undefined && (
        <caption
          className={captionClassName ? `govuk-table__caption ${captionClassName}` : 'govuk-table__caption'}
        >
          {caption}
        </caption>
      )}
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h) => (
            <th
              key={headingText(h)}
              scope="col"
              className={
                typeof h !== 'string' && h.numeric
                  ? 'govuk-table__header govuk-table__header--numeric'
                  : 'govuk-table__header'
              }
            >
              {headingText(h)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows?.map((row) => (
          <tr key={row.key} className="govuk-table__row">
            {row.cells.map((cell, i) => (
              <Cell
                key={i}
                cell={cell}
                header={firstCellIsHeader && i === 0}
                label={labelCells && head[i] !== undefined ? headingText(head[i]) : undefined}
              />
            ))}
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}

function Cell({ cell, header, label }: { cell: TableCell; header: boolean; label: string | undefined }) {
  const {
    content,
    numeric,
    header: asHeader,
    unlabelled,
  }: CellOptions = isCellObject(cell) ? cell : { content: cell };
  if (header || asHeader) {
    return (
      <th scope="row" className="govuk-table__header">
        {content}
      </th>
    );
  }
  return (
    <td
      className={numeric ? 'govuk-table__cell govuk-table__cell--numeric' : 'govuk-table__cell'}
      data-label={unlabelled ? undefined : label}
    >
      {content}
    </td>
  );
}
