import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { childScopeWhere } from './child-scope';

const MOST = 500;

/**
 * The child records of the user's schools (or of one of them: a child's page offers only its school's
 * records to merge), newest first, with how many cases each has. Null when the user keeps none (the front
 * door, analysts, administrators): the page answers "not found".
 */
export async function listChildRecords(user: SessionUser, only: { schoolId?: string } = {}) {
  const scope = childScopeWhere(user);
  if (!scope) return null;
  const children = await getDb().childRecord.findMany({
    where: only.schoolId ? { AND: [scope, { schoolId: only.schoolId }] } : scope,
    select: {
      id: true,
      name: true,
      yearGroup: true,
      createdAt: true,
      schoolId: true,
      school: { select: { name: true } },
      _count: { select: { concerns: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: MOST,
  });
  return children.map((c) => ({ ...c, concernCount: c._count.concerns }));
}
