import 'server-only';
import PDFDocument from 'pdfkit';
import { splitAlertText } from '@/components/alert-text';
import type { PublicAlert } from './list-published-alerts';

/**
 * The alert as an A4 letter to parents, drawn with pdfkit (no browser needed). Text is placed as text with
 * the built-in Helvetica, so nothing typed into an alert can add links, scripts or images to the PDF.
 */
export async function renderAlertPdf(alert: PublicAlert, partnershipName: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: alert.title, Author: partnershipName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(11).text(`From ${partnershipName}`);
  doc.text(alert.publishedFrom.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }));
  doc.moveDown().text('Dear parent or carer,').moveDown();
  doc.font('Helvetica-Bold').fontSize(18).text(alert.title).moveDown(0.5);
  section(doc, 'What you should know', alert.whatToKnow);
  section(doc, 'What you can do', alert.whatToDo);
  doc.font('Helvetica').fontSize(11).text('If you are worried about a child right now, call 999.');
  doc.end();
  return done;
}

function section(doc: PDFKit.PDFDocument, heading: string, text: string): void {
  doc.font('Helvetica-Bold').fontSize(13).text(heading).moveDown(0.3);
  doc.font('Helvetica').fontSize(11);
  for (const block of splitAlertText(text)) {
    if (block.kind === 'p') doc.text(block.text).moveDown(0.5);
    else doc.list(block.items, { bulletRadius: 2 }).moveDown(0.5);
  }
  doc.moveDown(0.5);
}
