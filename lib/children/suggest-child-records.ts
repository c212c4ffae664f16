import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { findCaseInScope } from '@/lib/cases/find-case-in-scope';
import { getDb } from '@/lib/db';
import { childNameKey, normaliseChildName } from './child-name-key';
import { childScopeWhere } from './child-scope';

export interface ChildSuggestion {
  id: string;
  name: string;
  yearGroup: number | null;
  /** The whole name matches, not only its first letter. */
  sameName: boolean;
  concernCount: number;
}

const MOST = 10;

/**
 * The school's child records this case is likely about: the same school, the same first letter of the
 * name (by its keyed hash: names are encrypted) and the same year group (or none recorded), whole-name
 * matches first. Only ever shown: a DSL links a case by choosing one, never this. Null when the user
 * cannot see the case or keeps no child records (the front door).
 */
export async function suggestChildRecords(
  user: SessionUser,
  reference: string,
): Promise<ChildSuggestion[] | null> {
  const scope = childScopeWhere(user);
  if (!scope) return null;
  const db = getDb();
  const keys = await db.$encryptionKeys();
  return db.$transaction(async (tx) => {
    const concern = await findCaseInScope(tx, user, reference);
    if (!concern?.schoolId) return null;
    if (!concern.childName) return [];
    const found = await tx.childRecord.findMany({
      where: {
        AND: [scope, { schoolId: concern.schoolId }],
        nameKey: childNameKey(keys, concern.schoolId, concern.childName),
        ...(concern.childYear === null
          ? {}
          : { OR: [{ yearGroup: concern.childYear }, { yearGroup: null }] }),
        ...(concern.childRecordId ? { id: { not: concern.childRecordId } } : {}),
      },
      include: { _count: { select: { concerns: true } } },
      orderBy: { createdAt: 'desc' },
      take: 50,
    });
    const wanted = normaliseChildName(concern.childName);
    return found
      .map((child) => ({
        id: child.id,
        name: child.name,
        yearGroup: child.yearGroup,
        sameName: normaliseChildName(child.name) === wanted,
        concernCount: child._count.concerns,
      }))
      .sort((a, b) => Number(b.sameName) - Number(a.sameName))
      .slice(0, MOST);
  });
}
