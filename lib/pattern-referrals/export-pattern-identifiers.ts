import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { csvDocument } from '@/lib/csv/neutralise-cell';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A pattern's account names for the police or CEOP, as CSV: each name or link as parents typed it, its
 * platform, the first and last day a report gave it and how many reports did. Never a reference, a child or
 * anything else of a case: only the identifier rows and the concerns' dates are read. Audited in the same
 * transaction. The pattern must be of `partnershipId` (partnershipFor(user, 'account-patterns.read')).
 */
export async function exportPatternIdentifiers(
  user: SessionUser,
  partnershipId: string,
  patternId: string,
): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const pattern = await tx.accountPattern.findFirst({ where: { id: patternId, partnershipId } });
    if (!pattern) throw new NotFoundError();
    const matches = await tx.concernAccountIdentifier.findMany({
      where: { partnershipId, platformId: pattern.platformId, identifierHash: pattern.identifierHash },
      select: {
        identifier: true,
        platform: { select: { name: true } },
        concern: { select: { submittedAt: true } },
      },
      orderBy: { concern: { submittedAt: 'asc' } },
    });
    const byTyped = new Map<string, { platform: string; first: Date; last: Date; count: number }>();
    for (const m of matches) {
      const seen = byTyped.get(m.identifier);
      if (seen) Object.assign(seen, { last: m.concern.submittedAt, count: seen.count + 1 });
      else
        byTyped.set(m.identifier, {
          platform: m.platform.name,
          first: m.concern.submittedAt,
          last: m.concern.submittedAt,
          count: 1,
        });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: 'account-pattern.export',
      subject: 'AccountPattern',
      subjectId: pattern.id,
      partnershipId,
      detail: { rows: byTyped.size },
    });
    return csvDocument(
      ['Platform', 'Name or link as typed', 'First seen', 'Last seen', 'Reports'],
      [...byTyped].map(([typed, s]) => [s.platform, typed, day(s.first), day(s.last), s.count]),
    );
  });
}
