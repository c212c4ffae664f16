// Early warning: has a platform or kind of harm risen unusually in the last 14 days?
//
// Method: the exact conditional test for comparing two Poisson rates. Concerns about one platform arrive at
// some rate; if the rate has not changed, then of the n concerns seen in the 14-day window plus the baseline
// (the 12 weeks before it), each is in the window with probability 14 / (14 + 84) — so the window's count is
// Binomial(n, 1/7). We flag when the chance of a count at least this high is below 1% (p < 0.01) AND the
// window holds at least the minimum count, so a jump from 1 to 3 never raises an alarm. Unlike a z-test it
// is exact for small counts and accounts for the baseline being an estimate too; each platform and harm is
// judged against its own history, so a big platform's normal weekly noise does not drown a small one.

export const WINDOW_DAYS = 14;
export const BASELINE_DAYS = 84;
export const SIGNIFICANCE = 0.01;

export interface RiseTest {
  observed: number;
  baseline: number;
  /** What the window would hold at the baseline's rate. */
  expected: number;
  pValue: number;
  flagged: boolean;
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

// Lanczos approximation: accurate to ~15 digits, enough for tail probabilities.
function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  const a = c.reduce((sum, coefficient, i) => (i === 0 ? coefficient : sum + coefficient / (x + i)), 0);
  const t = x + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let total = 0;
  for (let i = k; i <= n; i++) {
    total += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  }
  return Math.min(1, total);
}

export function testForRise(observed: number, baseline: number, minCount: number): RiseTest {
  const share = WINDOW_DAYS / (WINDOW_DAYS + BASELINE_DAYS);
  const pValue = binomialUpperTail(observed, observed + baseline, share);
  const expected = (baseline * WINDOW_DAYS) / BASELINE_DAYS;
  return { observed, baseline, expected, pValue, flagged: observed >= minCount && pValue < SIGNIFICANCE };
}
