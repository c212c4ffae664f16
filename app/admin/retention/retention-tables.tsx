import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import type { DueConcern } from '@/lib/retention/find-due-concerns';
import { formatDate } from '@/lib/format/dates';

export const day = formatDate;

/** References and dates only: administrators never see case content. */
export function DueTable({ rows }: { rows: DueConcern[] }) {
  return (
    <Table
      caption="Concerns due for deletion"
      captionClassName="govuk-visually-hidden"
      head={['Reference', 'Closed', 'Rule', 'Due for deletion']}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [
          r.reference,
          day(r.closedAt),
          r.ageKnown ? 'Child’s age' : 'Years after closing',
          day(r.dueAt),
        ],
      }))}
    />
  );
}

export function HeldTable({
  rows,
}: {
  rows: { id: string; reference: string; legalHoldSince: Date | null; legalHoldReason: string | null }[];
}) {
  return (
    <Table
      caption="Concerns under a legal hold"
      captionClassName="govuk-visually-hidden"
      head={['Reference', 'Held since', 'Reason', 'Action']}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [
          r.reference,
          r.legalHoldSince ? day(r.legalHoldSince) : '',
          r.legalHoldReason ?? '',
          <Link
            key="lift"
            className="govuk-link"
            href={`/admin/retention/lift-hold?reference=${r.reference}`}
          >
            Lift the hold<span className="govuk-visually-hidden"> on {r.reference}</span>
          </Link>,
        ],
      }))}
    />
  );
}
