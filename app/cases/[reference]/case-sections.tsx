// The parts of a case record, shared by the case page and its print view. Everything the reporter typed is
// untrusted: it is rendered as text (React escapes it), never as HTML.
import type { ReactNode } from 'react';
import { DETAIL_LABELS, EVENT_LABELS, RISK_LABELS, STATUS_LABELS } from '@/lib/cases/case-labels';
import type { CaseRecord } from '@/lib/cases/read-case-record';
import { formatDateTime, formatDay } from './format';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-pre-wrap">{children}</dd>
    </div>
  );
}

const YES_NO: Record<string, string> = { YES: 'Yes', NO: 'No', NOT_SURE: 'Not sure' };
const WHEN: Record<string, string> = {
  TODAY: 'Today',
  THIS_WEEK: 'This week',
  THIS_MONTH: 'This month',
  LONGER_AGO: 'Longer ago',
  NOT_SURE: 'Not sure',
};

export function CaseSummary({ record }: { record: CaseRecord }) {
  return (
    <dl className="govuk-summary-list">
      <Row label="Status">{STATUS_LABELS[record.status]}</Row>
      <Row label="Urgent">{record.urgent ? 'Yes – the reporter said a child was in danger' : 'No'}</Row>
      <Row label="Risk">{record.riskLevel ? RISK_LABELS[record.riskLevel] : 'Not rated yet'}</Row>
      <Row label="Routed to">
        {record.route === 'SCHOOL'
          ? `${record.school?.name ?? 'School'} safeguarding team`
          : 'The partnership’s front-door team'}
        {record.schoolOther ? ` (school named by the reporter: ${record.schoolOther})` : ''}
        {record.escalatedAt ? `. Escalated ${formatDateTime(record.escalatedAt)}` : ''}
      </Row>
      <Row label="Assigned to">{record.assignedTo?.name ?? 'Nobody yet'}</Row>
      <Row label="Received">{formatDateTime(record.submittedAt)}</Row>
      <Row label="First opened">
        {record.firstOpenedAt ? formatDateTime(record.firstOpenedAt) : 'Not yet'}
      </Row>
      <Row label="Reporter last checked">
        {record.reporterLastCheckAt ? formatDay(record.reporterLastCheckAt) : 'Not since reporting'}
      </Row>
      {record.closedAt && (
        <Row label="Closed">{`${formatDateTime(record.closedAt)}: ${record.outcome ?? ''}`}</Row>
      )}
    </dl>
  );
}

export function ReporterAccount({ record }: { record: CaseRecord }) {
  const child = [
    record.childName,
    record.childAge !== null ? `age ${record.childAge}` : null,
    record.childYear !== null ? (record.childYear === 0 ? 'Reception' : `Year ${record.childYear}`) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const platforms = record.platforms.map((p) =>
    p.otherName ? `${p.platform.name} (${p.otherName})` : p.platform.name,
  );
  return (
    <dl className="govuk-summary-list">
      <Row label="What happened">{record.description}</Row>
      <Row label="Platforms">{platforms.join(', ') || 'Not given'}</Row>
      <Row label="Kind of harm">{record.harms.map((h) => h.harmCategory.name).join(', ') || 'Not given'}</Row>
      <Row label="Child">{child || 'Not given'}</Row>
      <Row label="When">{WHEN[record.happened]}</Row>
      <Row label="Still happening">{YES_NO[record.stillHappening]}</Row>
      <Row label="Child knows it was reported">{YES_NO[record.childKnows]}</Row>
      <Row label="Reporter">
        {record.reporterAnonymous
          ? 'Anonymous (follows up with their receipt code)'
          : [record.reporterName, record.reporterEmail, record.reporterPhone].filter(Boolean).join(', ')}
      </Row>
      {record.reporterSafeTimes && <Row label="Safe times to contact">{record.reporterSafeTimes}</Row>}
    </dl>
  );
}

export function Chronology({ record }: { record: CaseRecord }) {
  return (
    <ol className="govuk-list app-chronology">
      {record.events.map((e) => (
        <li key={e.id.toString()} className="app-chronology__entry">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{EVENT_LABELS[e.kind]}</strong> · {formatDateTime(e.at)} ·{' '}
            {e.actor?.name ??
              (e.kind.startsWith('MESSAGE_FROM') || e.kind === 'SUBMITTED' ? 'Reporter' : 'System')}
          </p>
          <p className="govuk-body app-pre-wrap govuk-!-margin-bottom-1">{e.summary}</p>
          <EventDetail detail={e.detail} />
        </li>
      ))}
    </ol>
  );
}

function EventDetail({ detail }: { detail: unknown }) {
  if (!detail || typeof detail !== 'object') return null;
  const entries = Object.entries(detail as Record<string, unknown>).filter(([k, v]) => DETAIL_LABELS[k] && v);
  if (entries.length === 0) return null;
  return (
    <dl className="app-event-detail">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{DETAIL_LABELS[k]}:</dt> <dd className="app-pre-wrap">{String(v)}</dd>
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
            <strong>{m.author === 'REPORTER' ? 'Reporter' : (m.staff?.name ?? 'Safeguarding team')}</strong> ·{' '}
            {formatDateTime(m.createdAt)}
          </p>
          <p className="govuk-body app-pre-wrap">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
