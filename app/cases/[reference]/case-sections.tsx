// The parts of a case record, shared by the case page and its print view. Everything the reporter typed is
// untrusted: it is rendered as text (React escapes it), never as HTML, and inside <bdi>, so direction
// controls in it (a right-to-left override) cannot reorder the words around it.
import { SummaryList } from '@/components/govuk/summary-list';
import { DETAIL_LABELS, EVENT_LABELS } from '@/lib/cases/case-labels';
import {
  accessLogPeopleRows,
  accessLogSummary,
  caseSummaryRows,
  eventActorName,
  messageAuthorName,
  reporterAccountRows,
  type CaseRow,
} from '@/lib/cases/case-record-rows';
import type { CaseRecord } from '@/lib/cases/read-case-record';
import { formatDateTime } from '@/lib/format/dates';

function Rows({ rows }: { rows: CaseRow[] }) {
  return (
    <SummaryList
      valueClassName="app-pre-wrap"
      rows={rows.map((row) => ({ key: row.label, value: <bdi>{row.value}</bdi> }))}
    />
  );
}

export function CaseSummary({ record }: { record: CaseRecord }) {
  return <Rows rows={caseSummaryRows(record)} />;
}

export function ReporterAccount({ record }: { record: CaseRecord }) {
  return <Rows rows={reporterAccountRows(record)} />;
}

/** The access log summarised: one sentence, then each person's count. The page adds every entry. */
export function AccessLogSummary({ record, headingId }: { record: CaseRecord; headingId?: string }) {
  return (
    <>
      <h2 className="govuk-heading-m" id={headingId}>
        Access log
      </h2>
      <p className="govuk-body">{accessLogSummary(record)}</p>
      <Rows rows={accessLogPeopleRows(record)} />
    </>
  );
}

export function Chronology({ record }: { record: CaseRecord }) {
  return (
    <ol className="govuk-list app-chronology">
      {record.events.map((e) => (
        <li key={e.id.toString()} className="app-chronology__entry">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{EVENT_LABELS[e.kind]}</strong> · {formatDateTime(e.at)} · <bdi>{eventActorName(e)}</bdi>
          </p>
          <p className="govuk-body app-pre-wrap govuk-!-margin-bottom-1">
            <bdi>{e.summary}</bdi>
          </p>
          <EventDetail detail={e.detail} />
        </li>
      ))}
    </ol>
  );
}

export function EventDetail({ detail }: { detail: unknown }) {
  if (!detail || typeof detail !== 'object') return null;
  const entries = Object.entries(detail as Record<string, unknown>).filter(([k, v]) => DETAIL_LABELS[k] && v);
  if (entries.length === 0) return null;
  return (
    <dl className="app-event-detail">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{DETAIL_LABELS[k]}:</dt>{' '}
          <dd className="app-pre-wrap">
            <bdi>{String(v)}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Messages({ record }: { record: CaseRecord }) {
  if (record.messages.length === 0) return <p className="govuk-body">No messages yet.</p>;
  return (
    <ol className="govuk-list">
      {record.messages.map((m) => (
        <li key={m.id} className="app-message">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>
              <bdi>{messageAuthorName(m)}</bdi>
            </strong>{' '}
            · {formatDateTime(m.createdAt)}
          </p>
          <p className="govuk-body app-pre-wrap">
            <bdi>{m.body}</bdi>
          </p>
        </li>
      ))}
    </ol>
  );
}
