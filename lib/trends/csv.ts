// CSV of a dashboard table, exactly as shown. Cells that a spreadsheet would run as a formula are
// neutralised (OWASP "CSV injection"): a leading = + - @ tab or carriage return gets a single quote.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [head, ...rows].map((row) => row.map(neutraliseCell).join(',')).join('\r\n') + '\r\n';
}
