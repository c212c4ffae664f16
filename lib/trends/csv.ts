// CSV of a dashboard table, exactly as shown, written like every CSV the app writes (lib/csv: cells that a
// spreadsheet would run as a formula are neutralised, RFC 4180 quoting, CRLF).
import { csvDocument } from '@/lib/csv/neutralise-cell';

export function toCsv(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvDocument(head, rows);
}
