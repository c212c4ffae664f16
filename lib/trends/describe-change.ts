// The headline figures' change from the previous period, in plain words. Worked out only from published
// (suppressed, rounded) counts, so a change can never reveal a count that suppress.ts hides.
import { publishCount, type PublishedCount } from './suppress';

export interface PublishedFigure {
  now: PublishedCount;
  before: PublishedCount;
  /** "up 10 from 40", "down 5 from 40", "no change" or "too few to compare". */
  change: string;
}

export function describeChange(now: PublishedCount, before: PublishedCount): string {
  if (now.value === null || before.value === null) return 'too few to compare';
  const difference = now.value - before.value;
  if (difference === 0) return 'no change';
  const by = Math.abs(difference).toLocaleString('en-GB');
  return `${difference > 0 ? 'up' : 'down'} ${by} from ${before.text}`;
}

/** A raw count this period and last, as it may be shown. */
export function publishFigure(now: number, before: number, threshold: number): PublishedFigure {
  const published = { now: publishCount(now, threshold), before: publishCount(before, threshold) };
  return { ...published, change: describeChange(published.now, published.before) };
}

/**
 * The most-reported names (platforms or harms), judged on published counts: none when every count is hidden
 * or 0, and every name that ties after rounding, since picking one would tell which hidden count is larger.
 */
export function topNames(
  counts: readonly { name: string; concerns: number }[],
  threshold: number,
): { names: string[]; concerns: number } | null {
  const shown = counts
    .map((count) => ({ ...count, value: publishCount(count.concerns, threshold).value ?? 0 }))
    .filter((count) => count.value > 0);
  if (shown.length === 0) return null;
  const top = Math.max(...shown.map((count) => count.value));
  const tied = shown.filter((count) => count.value === top);
  return {
    names: tied.map((count) => count.name).sort((a, b) => a.localeCompare(b)),
    concerns: Math.max(...tied.map((count) => count.concerns)),
  };
}
