// The periods a time chart runs over, labelled as period-sql.ts labels them in SQL ("2026-11-30" for the week
// of that Monday, "2026-12", "2026 Q4", "2026"), so a period with no concerns still gets its column.
import type { Period } from './dimensions';

const pad = (n: number) => String(n).padStart(2, '0');

function periodStart(period: Period, day: Date): Date {
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
  if (period === 'week') return new Date(Date.UTC(y, m, d - ((day.getUTCDay() + 6) % 7)));
  if (period === 'month') return new Date(Date.UTC(y, m, 1));
  if (period === 'quarter') return new Date(Date.UTC(y, m - (m % 3), 1));
  return new Date(Date.UTC(y, 0, 1));
}

function next(period: Period, start: Date): Date {
  const [y, m, d] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  if (period === 'week') return new Date(Date.UTC(y, m, d + 7));
  if (period === 'month') return new Date(Date.UTC(y, m + 1, 1));
  if (period === 'quarter') return new Date(Date.UTC(y, m + 3, 1));
  return new Date(Date.UTC(y + 1, 0, 1));
}

function label(period: Period, start: Date): string {
  const [y, m] = [start.getUTCFullYear(), start.getUTCMonth() + 1];
  if (period === 'week') return `${y}-${pad(m)}-${pad(start.getUTCDate())}`;
  if (period === 'month') return `${y}-${pad(m)}`;
  if (period === 'quarter') return `${y} Q${Math.ceil(m / 3)}`;
  return String(y);
}

/** Every period from the one holding `from` to the one holding `to` (calendar days as midnight UTC). */
export function periodLabels(period: Period, from: Date, to: Date): string[] {
  const labels = [];
  for (let start = periodStart(period, from); start <= to; start = next(period, start))
    labels.push(label(period, start));
  return labels;
}

/** The rows in the order of `labels`, with `empty` (under each missing label) where a period has none. */
export function fillPeriods<Row extends { key: string }>(labels: string[], rows: Row[], empty: Row): Row[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return labels.map((key) => byKey.get(key) ?? { ...empty, key });
}
