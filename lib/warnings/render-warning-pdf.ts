import 'server-only';
import { splitWarningText } from '@/components/warning-text';
import { createPdf } from '@/lib/pdf/create-pdf';
import type { PublicWarning } from './list-published-warnings';
import { formatDate } from '@/lib/format/dates';

/**
 * The warning as an A4 letter to parents, drawn with pdfkit (no browser needed). Text is placed as text, in
 * fonts for every script we expect, so nothing typed into a warning can add links, scripts or images.
 */
export async function renderWarningPdf(warning: PublicWarning, partnershipName: string): Promise<Buffer> {
  const { doc, write, end } = createPdf({
    margin: 56,
    info: { Title: warning.title, Author: partnershipName },
  });
  write(`From ${partnershipName}`, { size: 11 });
  write(formatDate(warning.publishedFrom));
  doc.moveDown();
  write('Dear parent or carer,');
  doc.moveDown();
  write(warning.title, { weight: 'bold', size: 18 });
  doc.moveDown(0.5);
  const section = (heading: string, text: string) => {
    write(heading, { weight: 'bold', size: 13 });
    doc.moveDown(0.3);
    for (const block of splitWarningText(text)) {
      if (block.kind === 'p') write(block.text, { size: 11 });
      else for (const item of block.items) write(`•  ${item}`, { size: 11 });
      doc.moveDown(0.5);
    }
    doc.moveDown(0.5);
  };
  section('What you should know', warning.whatToKnow);
  section('What you can do', warning.whatToDo);
  write('If you are worried about a child right now, call 999.', { size: 11 });
  return end();
}
