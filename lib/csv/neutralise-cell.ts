// Every CSV the app writes passes its cells through here. Spreadsheet programs run a cell that starts with
// = + - @ (or a tab or carriage return before one) as a formula ("CSV injection"): prefixing an apostrophe
// makes them show the text instead, and the apostrophe is not shown.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) && typeof value !== 'number' ? `'${text}` : text;
}

/** True when a cell would be run as a formula by a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+@\t\r]/.test(text) || /^-[^\s\d]/.test(text);
}

/** One CSV line (RFC 4180 quoting), every cell neutralised. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((cell) => {
      const text = neutraliseCell(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** A whole CSV document with a header row, CRLF line ends as RFC 4180 asks. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [csvLine(header), ...rows.map(csvLine)].join('\r\n') + '\r\n';
}
