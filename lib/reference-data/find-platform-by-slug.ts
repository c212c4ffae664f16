import 'server-only';
import { getDb } from '@/lib/db';

/**
 * A named platform by the slug in its advice address, as one partnership shows it: its own advice where it
 * wrote some, else the national text (the reporting link and steps each the same way), and whether it offers the platform to its parents. Null for no such
 * platform; the "something else" choice has no advice page.
 */
export async function findPlatformBySlug(slug: string, partnershipId: string) {
  const platform = await getDb().platform.findFirst({
    where: { slug, isOther: false },
    include: { partnerships: { where: { partnershipId } } },
  });
  if (!platform) return null;
  const { partnerships, ...national } = platform;
  const own = partnerships[0];
  return {
    ...national,
    offered: own?.offered ?? true,
    advice: own?.advice ?? national.advice,
    privacyAdvice: own?.privacyAdvice ?? national.privacyAdvice,
    reportingAdvice: own?.reportingAdvice ?? national.reportingAdvice,
    reportUrl: own?.reportUrl ?? national.reportUrl,
    reportSteps: own?.reportSteps.length ? own.reportSteps : national.reportSteps,
  };
}
