import 'server-only';
import { splitAlertText } from '@/components/alert-text';
import { createPdf } from '@/lib/pdf/create-pdf';
import type { PublicAlert } from './list-published-alerts';
import { formatDate } from '@/lib/format/dates';

/**
 * The alert as an A4 letter to parents, drawn with pdfkit (no browser needed). Text is placed as text, in
 * fonts for every script we expect, so nothing typed into an alert can add links, scripts or images.
 */
export async function renderAlertPdf(alert: PublicAlert, partnershipName: string): Promise<Buffer> {
  const { doc, write, end } = createPdf({
    margin: 56,
    info: { Title: alert.title, Author: partnershipName },
  });
  write(`From ${partnershipName}`, { size: 11 });
  write(formatDate(alert.publishedFrom));
  doc.moveDown();
  write('Dear parent or carer,');
  doc.moveDown();
  write(alert.title, { weight: 'bold', size: 18 });
  doc.moveDown(0.5);
  const section = (heading: string, text: string) => {
    write(heading, { weight: 'bold', size: 13 });
    doc.moveDown(0.3);
    for (const block of splitAlertText(text)) {
      if (block.kind === 'p') write(block.text, { size: 11 });
      else for (const item of block.items) write(`•  ${item}`, { size: 11 });
      doc.moveDown(0.5);
    }
    doc.moveDown(0.5);
  };
  section('What you should know', alert.whatToKnow);
  section('What you can do', alert.whatToDo);
  write('If you are worried about a child right now, call 999.', { size: 11 });
  return end();
}
