import 'server-only';
import PDFDocument from 'pdfkit';
import { registerPdfFonts, type FontWeight } from './pdf-fonts';
import { SHAPED_RTL, textRuns } from './text-runs';

export interface TextStyle {
  weight?: FontWeight;
  /** Font size in points; it stays for later writes until changed. */
  size?: number;
}

/**
 * A new A4 document with fonts for every script we expect in a record (see pdf-fonts.ts). Write text
 * through `write`, never `doc.text`, so each character is drawn in a font that has it: pdfkit's built-in
 * Helvetica only encodes Windows-1252, and anything else came out as garbage.
 */
export function createPdf(options: PDFKit.PDFDocumentOptions) {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const { base, fonts } = registerPdfFonts(doc);
  const covers = fonts.map((f) => f.covers);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  let size = 12;

  /** Writes text as pdfkit's `text` would, one paragraph per line; `continued` joins the next write. */
  function write(text: string, style: TextStyle = {}, continued = false): void {
    if (style.size) size = style.size;
    doc.fontSize(size);
    // One baseline for every font on a line, Noto Sans's: pdfkit otherwise hangs each font from its own
    // ascender, and readers (pdftotext, copy and paste) then split the line in two.
    const baseline = -base.ascender * size;
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((line, l) => {
      const runs = line ? textRuns(line, covers) : [{ text: ' ', font: 0 }];
      runs.forEach((run, r) => {
        const more = r < runs.length - 1 || (l === lines.length - 1 && continued);
        const shaped = SHAPED_RTL.test(run.text);
        if (shaped) doc.markContent('Span', { actual: [...run.text].reverse().join('') });
        doc
          .font((fonts[run.font] ?? base).name(style.weight ?? 'regular'))
          .text(run.text, { continued: more, baseline });
        if (shaped) endActualText(doc, size);
      });
    });
  }

  const end = () => {
    doc.end();
    return ended;
  };
  return { doc, write, end };
}

/**
 * Shaped Arabic glyphs do not map back to letters one to one (Noto draws ب, ت, ی, ٹ joined as one dotless
 * base plus dots), so each Arabic-script word carries its letters as ActualText. Poppler (pdftotext,
 * Evince, Okular) lays ActualText out left to right over the word and then reverses right-to-left text,
 * so the letters are given in drawn (visual) order and come back in reading order. The span is closed in
 * the text's own coordinates and font, which pdfkit drops after each run, or poppler misplaces the word.
 */
function endActualText(doc: PDFKit.PDFDocument, size: number): void {
  const fontId = (doc as unknown as { _font: { id: string } })._font.id;
  doc.save().transform(1, 0, 0, -1, 0, doc.page.height);
  doc.addContent(`/${fontId} ${size} Tf`);
  doc.endMarkedContent().restore();
}
