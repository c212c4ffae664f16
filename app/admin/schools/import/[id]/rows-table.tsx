export function RowsTable({ caption, head, rows }: { caption?: string; head: string[]; rows: string[][] }) {
  return (
    <table className="govuk-table">
      {caption && <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>}
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h) => (
            <th scope="col" className="govuk-table__header" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, i) => (
          <tr className="govuk-table__row" key={i}>
            {row.map((cell, j) => (
              <td className="govuk-table__cell" key={j}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
