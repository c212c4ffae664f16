// Finds poppler's pdftotext, which the PDF tests read text back with (tests/support/pdf-text.ts).
import { ensureDebianProgram } from './debian-package';

export function ensurePdftotext(log: (line: string) => void): string {
  return ensureDebianProgram(
    {
      need: 'The PDF tests need pdftotext',
      pkg: 'poppler-utils',
      paths: ['/usr/bin/pdftotext'],
      seconds: 10,
    },
    log,
  );
}
