import 'server-only';
import PDFDocument from 'pdfkit';
import { AUDIT_LABELS, DETAIL_LABELS, EVENT_LABELS, RISK_LABELS, STATUS_LABELS } from './case-labels';
import type { CaseRecord } from './read-case-record';

const when = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);

/** The whole record and its chronology as a PDF, built in memory with pdfkit's standard fonts (no browser). */
export function renderCasePdf(record: CaseRecord, exportedBy: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Safeguarding record ${record.reference}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (text: string) =>
    doc.moveDown().font('Helvetica-Bold').fontSize(14).text(text).fontSize(10);
  const line = (label: string, value: string) =>
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);

  doc.font('Helvetica-Bold').fontSize(18).text(`Safeguarding record ${record.reference}`);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(`Exported ${when(new Date())} by ${exportedBy}. Confidential.`)
    .fontSize(10);
  heading('Summary');
  line('Status', STATUS_LABELS[record.status]);
  line('Urgent', record.urgent ? 'Yes' : 'No');
  line('Risk', record.riskLevel ? RISK_LABELS[record.riskLevel] : 'Not rated');
  line('Routed to', record.school?.name ?? 'Front-door team');
  line('Assigned to', record.assignedTo?.name ?? 'Nobody');
  line('Received', when(record.submittedAt));
  if (record.outcome) line('Outcome', record.outcome);
  heading('What the reporter told us');
  line('What happened', record.description);
  line('Platforms', record.platforms.map((p) => p.otherName ?? p.platform.name).join(', '));
  line('Kind of harm', record.harms.map((h) => h.harmCategory.name).join(', '));
  heading('Messages with the reporter');
  for (const m of record.messages)
    line(`${when(m.createdAt)} ${m.author === 'REPORTER' ? 'Reporter' : (m.staff?.name ?? 'Team')}`, m.body);
  heading('Chronology');
  for (const e of record.events) {
    line(`${when(e.at)} ${EVENT_LABELS[e.kind]}${e.actor ? ` (${e.actor.name})` : ''}`, e.summary);
    const detail = (e.detail ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(detail))
      if (DETAIL_LABELS[k] && v) line(`    ${DETAIL_LABELS[k]}`, String(v));
  }
  heading('Access log');
  for (const a of record.accessLog)
    line(when(a.at), `${a.actor?.name ?? 'System'}: ${AUDIT_LABELS[a.action] ?? a.action}`);
  doc.end();
  return done;
}
