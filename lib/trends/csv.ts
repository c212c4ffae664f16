// CSV of a dashboard table, exactly as shown, written like every CSV the app writes (lib/csv: cells that a
// spreadsheet would run as a formula are neutralised, RFC 4180 quoting, CRLF). It says which filters it
// holds twice: in its file name, and in "Filter,value" lines above the table, so a saved file explains
// itself.
import { csvDocument, csvLine } from '@/lib/csv/neutralise-cell';
import type { Period } from './dimensions';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Lower-case letters, digits and single hyphens: safe in a file name on every system. */
const safe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "trends-2026-09-01-to-2026-11-30-by-month-platform-discord-table-platform.csv" */
export function trendCsvFilename(
  table: string,
  range: { from: Date; to: Date; period: Period },
  values: Record<string, string | undefined>,
): string {
  const parts = ['trends', day(range.from), 'to', day(range.to), 'by', range.period];
  for (const filter of ['platform', 'harm', 'area', 'phase']) {
    const value = values[filter] ? safe(values[filter]) : '';
    if (value) parts.push(filter, value);
  }
  parts.push('table', safe(table));
  return `${parts.join('-')}.csv`;
}

/** The filters as people read them; null where the filter is not used. */
export interface CsvFilterNames {
  table: string;
  period: string;
  platform: string | null;
  harm: string | null;
  area: string | null;
  phase: string | null;
}

export function trendCsvFilterRows(names: CsvFilterNames, range: { from: Date; to: Date }): string[][] {
  return [
    ['Table', names.table],
    ['From', day(range.from)],
    ['To', day(range.to)],
    ['Counts by', names.period],
    ['Platform', names.platform ?? 'All platforms'],
    ['Kind of harm', names.harm ?? 'All kinds of harm'],
    ['Area', names.area ?? 'All areas'],
    ['School phase', names.phase ?? 'All phases'],
  ];
}

/** The filter lines, a blank line, then the table with its heading row. */
export function toCsv(
  filters: readonly (readonly string[])[],
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  return [...filters.map(csvLine), ''].join('\r\n') + '\r\n' + csvDocument(head, rows);
}
