import 'server-only';
import {
  DESTINATION_LABELS,
  DETAIL_LABELS,
  EVENT_LABELS,
  RISK_LABELS,
  schoolYearLabel,
  STATUS_LABELS,
} from '@/lib/cases/case-labels';
import { eventActorName } from '@/lib/cases/case-record-rows';
import { formatDate, formatDateTime, formatDay } from '@/lib/format/dates';
import { createPdf } from '@/lib/pdf/create-pdf';
import { transferStateText } from '@/lib/format/transfer-state';
import type { ChildFile } from './read-child-record';

/**
 * The whole child file as a PDF, for a referral or a transfer: the child, every linked case, the
 * referrals, the file transfers and one chronology across the cases (each entry names its case). Built
 * like the case PDF (lib/cases/render-case-pdf.ts), with the same labels and fonts.
 */
export function renderChildPdf(file: ChildFile, exportedBy: string): Promise<Buffer> {
  const { doc, write, end } = createPdf({ margin: 50, info: { Title: 'Child safeguarding file' } });
  const heading = (text: string) => {
    doc.moveDown();
    write(text, { weight: 'bold', size: 14 });
  };
  const line = (label: string, value: string) => {
    write(`${label}: `, { weight: 'bold', size: 10 }, true);
    write(value);
  };
  const { child } = file;
  write('Child safeguarding file', { weight: 'bold', size: 18 });
  write(`Exported ${formatDateTime(new Date())} by ${exportedBy}. Confidential.`, { size: 9 });
  heading('The child');
  line('Name as given', child.name);
  line('Year group', child.yearGroup === null ? 'Not known' : schoolYearLabel(child.yearGroup));
  line('Date of birth', child.dateOfBirth ? formatDay(new Date(child.dateOfBirth)) : 'Not known');
  line('Pupil number', child.pupilId ?? 'Not given');
  line('School', file.school.name);
  line('Current risk', file.currentRisk ? RISK_LABELS[file.currentRisk] : 'Not rated');
  heading('Cases');
  for (const c of file.concerns)
    line(
      `Case ${c.reference}`,
      `received ${formatDate(c.submittedAt)}, ${STATUS_LABELS[c.status].toLowerCase()}, risk ${c.riskLevel ? RISK_LABELS[c.riskLevel].toLowerCase() : 'not rated'}`,
    );
  heading('Referrals');
  if (file.referrals.length === 0) write('No referrals.', { size: 10 });
  for (const r of file.referrals)
    line(
      formatDay(r.referredOn),
      `${r.destinationOther ?? DESTINATION_LABELS[r.destination]} (case ${r.reference})`,
    );
  heading('File transfers');
  if (file.transfers.length === 0) write('No file transfers.', { size: 10 });
  for (const t of file.transfers)
    line(
      `${formatDate(t.sentAt)} Case ${t.reference}`,
      `${t.outgoing ? `sent to ${t.otherSchool} by ${t.sentBy}` : `received from ${t.otherSchool} (sent by ${t.sentBy})`}, ${transferStateText(t)}${t.returnReason ? `: ${t.returnReason}` : ''}`,
    );
  heading('Chronology of every case');
  for (const e of file.chronology) {
    line(
      `${formatDateTime(e.at)} Case ${e.reference} ${EVENT_LABELS[e.kind]} (${eventActorName(e)})`,
      e.summary,
    );
    const detail = (e.detail ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(detail))
      if (DETAIL_LABELS[k] && v) line(`    ${DETAIL_LABELS[k]}`, String(v));
  }
  return end();
}
