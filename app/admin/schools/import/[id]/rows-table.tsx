import { Table } from '@/components/govuk/table';

export function RowsTable({ caption, head, rows }: { caption?: string; head: string[]; rows: string[][] }) {
  return (
    <Table
      caption={caption || undefined}
      captionClassName="govuk-table__caption--s"
      head={head}
      rows={rows.map((cells, i) => ({ key: String(i), cells }))}
    />
  );
}
