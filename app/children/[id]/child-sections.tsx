// The parts of a child's page: the record, its open cases, its referrals, its cases' file transfers and one
// chronology across every linked case (each entry names its case). What parents and staff typed is
// rendered as text, in <bdi>.
import Link from 'next/link';
import { SummaryList } from '@/components/govuk/summary-list';
import { Table } from '@/components/govuk/table';
import {
  DESTINATION_LABELS,
  EVENT_LABELS,
  RISK_LABELS,
  schoolYearLabel,
  STATUS_LABELS,
} from '@/lib/cases/case-labels';
import { eventActorName } from '@/lib/cases/case-record-rows';
import { transferStateText } from '@/lib/format/transfer-state';
import type { ChildFile } from '@/lib/children/read-child-record';
import { formatDate, formatDateTime, formatDay } from '@/lib/format/dates';
import { EventDetail } from '../../cases/[reference]/case-sections';

const caseLink = (reference: string) => (
  <Link className="govuk-link" href={`/cases/${encodeURIComponent(reference)}`}>
    {reference}
  </Link>
);

export function ChildSummary({ file }: { file: ChildFile }) {
  const { child } = file;
  const rows = [
    { key: 'Name as given', value: <bdi>{child.name}</bdi> },
    { key: 'Year group', value: child.yearGroup === null ? 'Not known' : schoolYearLabel(child.yearGroup) },
    { key: 'Date of birth', value: child.dateOfBirth ? formatDay(new Date(child.dateOfBirth)) : 'Not known' },
    { key: 'Pupil number', value: child.pupilId ? <bdi>{child.pupilId}</bdi> : 'Not given' },
    { key: 'School', value: file.school.name },
    { key: 'Current risk', value: file.currentRisk ? RISK_LABELS[file.currentRisk] : 'Not rated' },
    { key: 'Cases', value: `${file.concerns.length} (${file.openConcerns.length} open)` },
  ];
  return <SummaryList rows={rows} />;
}

export function OpenCases({ file }: { file: ChildFile }) {
  if (file.openConcerns.length === 0) return <p className="govuk-body">No open cases.</p>;
  return (
    <Table
      caption="Open cases"
      captionClassName="govuk-visually-hidden"
      head={['Case', 'Received', 'Status', 'Risk']}
      firstCellIsHeader
      rows={file.openConcerns.map((c) => ({
        key: c.id,
        cells: [
          caseLink(c.reference),
          formatDate(c.submittedAt),
          STATUS_LABELS[c.status],
          c.riskLevel ? RISK_LABELS[c.riskLevel] : 'Not rated',
        ],
      }))}
    />
  );
}

export function Referrals({ file }: { file: ChildFile }) {
  if (file.referrals.length === 0) return <p className="govuk-body">No referrals.</p>;
  return (
    <Table
      caption="Referrals"
      captionClassName="govuk-visually-hidden"
      head={['Date', 'Referred to', 'Case']}
      rows={file.referrals.map((r) => ({
        key: r.id,
        cells: [
          formatDay(r.referredOn),
          <bdi key="to">{r.destinationOther ?? DESTINATION_LABELS[r.destination]}</bdi>,
          caseLink(r.reference),
        ],
      }))}
    />
  );
}

/** The file transfers the child's school sent or received for its cases, oldest first, overdue flagged. */
export function Transfers({ file }: { file: ChildFile }) {
  if (file.transfers.length === 0) return <p className="govuk-body">No file transfers.</p>;
  return (
    <Table
      caption="File transfers"
      captionClassName="govuk-visually-hidden"
      head={['Case', 'To or from', 'Sent', 'Due', 'Receipt']}
      firstCellIsHeader
      rows={file.transfers.map((t) => ({
        key: t.id,
        cells: [
          t.held ? caseLink(t.reference) : t.reference,
          `${t.outgoing ? 'To' : 'From'} ${t.otherSchool}`,
          `${formatDate(t.sentAt)} by ${t.sentBy}`,
          formatDate(t.dueAt),
          <>
            {t.overdue ? <strong>{transferStateText(t)}</strong> : transferStateText(t)}
            {t.returnReason && (
              <>
                : <bdi>{t.returnReason}</bdi>
              </>
            )}
          </>,
        ],
      }))}
    />
  );
}

/** One page of the chronology, newest first, with plain links to older entries and back to the newest. */
export function ChildChronology({ file }: { file: ChildFile }) {
  const here = `/children/${file.child.id}`;
  const newest = file.olderPage && (
    <p className="govuk-body">
      <Link className="govuk-link" href={`${here}#chronology`}>
        Show the newest entries
      </Link>
    </p>
  );
  if (file.chronology.length === 0)
    return (
      <>
        <p className="govuk-body">No entries yet.</p>
        {newest}
      </>
    );
  return (
    <>
      <p className="govuk-body">
        Newest first{file.olderPage ? ', older entries' : ''}: {file.chronology.length}{' '}
        {file.chronology.length === 1 ? 'entry' : 'entries'} on this page.
      </p>
      {newest}
      <ChronologyEntries file={file} />
      {file.olderEntries && (
        <p className="govuk-body">
          <Link
            className="govuk-link"
            href={`${here}?older=${encodeURIComponent(file.olderEntries)}#chronology`}
          >
            Show older entries
          </Link>
        </p>
      )}
    </>
  );
}

function ChronologyEntries({ file }: { file: ChildFile }) {
  return (
    <ol className="govuk-list app-chronology">
      {file.chronology.map((e) => (
        <li key={e.id.toString()} className="app-chronology__entry">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{EVENT_LABELS[e.kind]}</strong> · Case {caseLink(e.reference)} · {formatDateTime(e.at)} ·{' '}
            <bdi>{eventActorName(e)}</bdi>
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
