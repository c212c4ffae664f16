import 'server-only';
import { createPdf } from '@/lib/pdf/create-pdf';
import { DETAIL_LABELS, EVENT_LABELS } from './case-labels';
import {
  accessLogPeopleRows,
  accessLogSummary,
  caseSummaryRows,
  eventActorName,
  messageAuthorName,
  reporterAccountRows,
} from './case-record-rows';
import { formatDateTime } from '@/lib/format/dates';
import type { CaseRecord } from './read-case-record';

/**
 * The whole record as a PDF, built in memory with pdfkit (no browser): the same rows as the case page and
 * its print view, with the access log summarised. Text is drawn in fonts for every script we expect.
 */
export function renderCasePdf(record: CaseRecord, exportedBy: string): Promise<Buffer> {
  const { doc, write, end } = createPdf({
    margin: 50,
    info: { Title: `Safeguarding record ${record.reference}` },
  });
  const heading = (text: string) => {
    doc.moveDown();
    write(text, { weight: 'bold', size: 14 });
  };
  const line = (label: string, value: string) => {
    write(`${label}: `, { weight: 'bold', size: 10 }, true);
    write(value);
  };

  write(`Safeguarding record ${record.reference}`, { weight: 'bold', size: 18 });
  write(`Exported ${formatDateTime(new Date())} by ${exportedBy}. Confidential.`, { size: 9 });
  heading('Summary');
  for (const row of caseSummaryRows(record)) line(row.label, row.value);
  heading('What the reporter told us');
  for (const row of reporterAccountRows(record)) line(row.label, row.value);
  heading('Messages with the reporter');
  if (record.messages.length === 0) write('No messages yet.', { size: 10 });
  for (const m of record.messages) line(`${formatDateTime(m.createdAt)} ${messageAuthorName(m)}`, m.body);
  heading('Chronology');
  for (const e of record.events) {
    line(`${formatDateTime(e.at)} ${EVENT_LABELS[e.kind]} (${eventActorName(e)})`, e.summary);
    const detail = (e.detail ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(detail))
      if (DETAIL_LABELS[k] && v) line(`    ${DETAIL_LABELS[k]}`, String(v));
  }
  heading('Access log');
  write(accessLogSummary(record), { size: 10 });
  for (const row of accessLogPeopleRows(record)) line(row.label, row.value);
  return end();
}
