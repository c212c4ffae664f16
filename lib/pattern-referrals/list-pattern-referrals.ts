import 'server-only';
import { getDb } from '@/lib/db';

export interface PatternReferralLine {
  agency: 'POLICE' | 'CEOP';
  referredTo: string;
  theirReference: string | null;
  referredOn: Date;
  by: string;
}

/** The referrals of the patterns shown, by pattern id, oldest first: the partnership's own only. */
export async function listPatternReferrals(
  partnershipId: string,
  patternIds: string[],
): Promise<Map<string, PatternReferralLine[]>> {
  const db = getDb();
  const referrals = await db.patternReferral.findMany({
    where: { partnershipId, patternId: { in: patternIds } },
    orderBy: { createdAt: 'asc' },
  });
  const people = await db.staffUser.findMany({
    where: { id: { in: [...new Set(referrals.map((r) => r.referredById))] } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  const byPattern = new Map<string, PatternReferralLine[]>();
  for (const r of referrals) {
    const line = {
      agency: r.agency,
      referredTo: r.referredTo,
      theirReference: r.theirReference,
      referredOn: r.referredOn,
      by: names.get(r.referredById) ?? 'A former member of staff',
    };
    byPattern.set(r.patternId, [...(byPattern.get(r.patternId) ?? []), line]);
  }
  return byPattern;
}
