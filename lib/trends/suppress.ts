// Small-number suppression, the one place it happens. Every count shown on the dashboard, in a chart or a
// CSV passes through publishCount.
//
// Method: a count of 0 is shown as 0; a count from 1 to threshold − 1 is shown as "fewer than {threshold}";
// every other count — totals included — is rounded to the nearest multiple of the threshold. Rounding is
// what stops subtraction: a total and the cells beside it are each off by up to half the threshold, so
// "total minus the shown cells" is off by up to threshold − 1 and cannot narrow a hidden cell below the
// range 1..threshold − 1 it is already known to be in (proved in tests/unit/trends-suppression.test.ts).
// Averages and shares are worked out only from counts at or above the threshold.

export interface PublishedCount {
  /** What a chart may draw: the rounded count, or null when hidden. */
  value: number | null;
  /** What a table or CSV shows. */
  text: string;
  hidden: boolean;
}

export function publishCount(count: number, threshold: number): PublishedCount {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError('A count must be a whole number, 0 or more');
  if (count === 0) return { value: 0, text: '0', hidden: false };
  if (count < threshold) return { value: null, text: `fewer than ${threshold}`, hidden: true };
  const rounded = Math.round(count / threshold) * threshold;
  return { value: rounded, text: rounded.toLocaleString('en-GB'), hidden: false };
}

/** An average shown only when enough concerns stand behind it. */
export function publishAverage(
  sum: number,
  count: number,
  threshold: number,
  format: (average: number) => string,
): string {
  if (count < threshold) return `not shown (fewer than ${threshold})`;
  return format(sum / count);
}

/** A share worked out from the published (rounded) counts, so it reveals nothing they do not. */
export function publishShare(part: PublishedCount, whole: PublishedCount): string {
  if (part.value === null || whole.value === null || whole.value === 0) return 'not shown';
  return `${Math.round((100 * part.value) / whole.value)}%`;
}
