import 'server-only';
import { quoteUntrusted } from '@/lib/email/templates/render-email';
import { getEnv } from '@/lib/env';
import type { TrendFlagKind } from '@/lib/generated/prisma/enums';
import { publishCount } from './suppress';

export interface DescribedFlag {
  kind: TrendFlagKind;
  subjectName: string;
  observed: number;
  expected: number;
}

/** One sentence for an early-warning flag: the staff's email and the trends page say the same. */
export function describeFlag(flag: DescribedFlag): string {
  const seen = publishCount(flag.observed, getEnv().TRENDS_SUPPRESSION_THRESHOLD).text;
  if (flag.kind === 'NEW_PLATFORM_NAME') {
    // The name is a parent's own words: quoted so it cannot pass for the service's.
    return `Parents named a platform that is not on our list: ${quoteUntrusted(flag.subjectName)} (${seen} concerns in 14 days).`;
  }
  const what = flag.kind === 'PLATFORM_RISE' ? 'about' : 'of';
  return `Concerns ${what} ${flag.subjectName} rose: about ${seen} in 14 days, where about ${Math.round(flag.expected)} would be usual.`;
}
