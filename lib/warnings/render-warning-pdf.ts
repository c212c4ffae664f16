import 'server-only';
import { splitWarningText } from '@/components/warning-text';
import { createPdf } from '@/lib/pdf/create-pdf';
import { ENGLISH_LETTER, type LetterWords } from './letter-words';
import type { PublicWarning } from './list-published-warnings';
import { formatDate } from '@/lib/format/dates';

/**
 * The warning as an A4 letter to parents, drawn with pdfkit (no browser needed). Text is placed as text, in
 * fonts for every script we expect, so nothing typed into a warning can add links, scripts or images.
 * The letter's own words are in the chosen language (./letter-words.ts); the warning is as staff wrote it.
 */
export async function renderWarningPdf(
  warning: PublicWarning,
  partnershipName: string,
  words: LetterWords = ENGLISH_LETTER,
): Promise<Buffer> {
  const { tag } = words;
  const { doc, write, end } = createPdf({
    margin: 56,
    lang: tag,
    info: { Title: warning.title, Author: partnershipName },
  });
  write(words.from(partnershipName), { size: 11 });
  write(formatDate(warning.publishedFrom, tag));
  doc.moveDown();
  write(words.dear);
  // The warning is as staff wrote it, in its own language: the letter says which when it is not the letter's.
  const writtenIn = words.writtenIn(warning.language);
  if (writtenIn) write(writtenIn, { size: 11 });
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
  section(words.whatToKnow, warning.whatToKnow);
  section(words.whatToDo, warning.whatToDo);
  write(words.danger, { size: 11 });
  return end();
}
