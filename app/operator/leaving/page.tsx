import type { Metadata } from 'next';
import Link from 'next/link';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { Table } from '@/components/govuk/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/dates';
import { listLeaveRequests } from '@/lib/partnership-leave/list-leave-requests';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Partnerships leaving' };

const STATUS = {
  REQUESTED: 'Waiting',
  CONFIRMED: 'Being deleted',
  REFUSED: 'Refused',
  DONE: 'Deleted',
} as const;

const total = (counts: unknown) =>
  Object.values((counts ?? {}) as Record<string, number>).reduce((n, c) => n + (Number(c) || 0), 0);

/**
 * The service operator: partnerships that asked to leave, each with a link to confirm (their data is then
 * deleted) or refuse, and those decided. Names, reasons and counts only; never anything of a case.
 */
const DECIDED = {
  confirmed: 'Confirmed. The partnership’s data is being deleted.',
  refused: 'Refused. Nothing has been deleted.',
} as const;

export default async function LeavingPage({
  searchParams,
}: {
  searchParams: Promise<{ decided?: string | string[] }>;
}) {
  await requirePermission('service.operate');
  const { decided: said } = await searchParams;
  const banner = typeof said === 'string' && said in DECIDED ? DECIDED[said as keyof typeof DECIDED] : null;
  const { waiting, decided } = await listLeaveRequests();
  return (
    <>
      {banner && <NotificationBanner success heading={banner} />}
      <h1 className="govuk-heading-l">Partnerships leaving</h1>
      {waiting.length === 0 && <p className="govuk-body">No partnership is waiting to leave.</p>}
      {waiting.length > 0 && (
        <Table
          caption="Waiting for you"
          captionClassName="govuk-table__caption--m"
          firstCellIsHeader
          head={['Partnership', 'Asked by', 'Asked on', 'Decide']}
          rows={waiting.map((r) => ({
            key: r.id,
            cells: [
              r.name,
              r.requestedByName,
              formatDateTime(r.requestedAt),
              <Link key="decide" className="govuk-link" href={`/operator/leaving/${r.id}`}>
                Confirm or refuse<span className="govuk-visually-hidden">: {r.name}</span>
              </Link>,
            ],
          }))}
        />
      )}
      {decided.length > 0 && (
        <Table
          caption="Decided"
          captionClassName="govuk-table__caption--m"
          firstCellIsHeader
          head={['Partnership', 'Status', 'Decided by', 'Decided on', 'Records deleted']}
          rows={decided.map((r) => ({
            key: r.id,
            cells: [
              r.name,
              r.status === 'REFUSED' && r.refusalReason ? `Refused: ${r.refusalReason}` : STATUS[r.status],
              r.decidedByName ?? '',
              r.decidedAt ? formatDateTime(r.decidedAt) : '',
              r.status === 'REFUSED' ? '' : total(r.counts).toLocaleString('en-GB'),
            ],
          }))}
        />
      )}
    </>
  );
}
