// Who looked at or changed this case: a summary that stays one paragraph and a short list however often
// it is read, then every entry, newest first, a page at a time behind "See every entry" (plain links, so
// it works without JavaScript; the details are open when the URL asks for a page).
import Link from 'next/link';
import { AUDIT_LABELS } from '@/lib/cases/case-labels';
import type { CaseRecord } from '@/lib/cases/read-case-record';
import { formatDateTime } from '@/lib/format/dates';
import { AccessLogSummary } from './case-sections';
import { Table } from '@/components/govuk/table';

export function AccessLog({ record, href, open }: { record: CaseRecord; href: string; open: boolean }) {
  const { page, summary } = record.access;
  const link = (n: number) => `${href}?accessPage=${n}#access-log-entries`;
  return (
    <section aria-labelledby="access-log-heading" className="app-no-print">
      <AccessLogSummary record={record} headingId="access-log-heading" />
      <details className="govuk-details" open={open} id="access-log-entries">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            See every entry ({summary.entries.toLocaleString('en-GB')})
          </span>
        </summary>
        <div className="govuk-details__text">
          <Table
            caption={`Access log, newest first: page ${page.number} of ${page.count}`}
            captionClassName="govuk-table__caption--s"
            head={['When', 'Who', 'What']}
            rows={page.entries.map((a) => ({
              key: a.id.toString(),
              cells: [
                formatDateTime(a.at),
                <bdi key="who">{a.actor?.name ?? 'System'}</bdi>,
                AUDIT_LABELS[a.action] ?? a.action,
              ],
            }))}
          />
          <nav className="govuk-pagination" aria-label="Pages of the access log">
            {page.number > 1 && (
              <div className="govuk-pagination__prev">
                <Link className="govuk-link govuk-pagination__link" href={link(page.number - 1)}>
                  <span className="govuk-pagination__link-title">Newer entries</span>
                </Link>
              </div>
            )}
            {page.number < page.count && (
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" href={link(page.number + 1)}>
                  <span className="govuk-pagination__link-title">Older entries</span>
                </Link>
              </div>
            )}
          </nav>
        </div>
      </details>
    </section>
  );
}
