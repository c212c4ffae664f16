import 'server-only';
import { isUuid } from '@/lib/actions/text-fields';
import type { SessionUser } from '@/lib/auth/session';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Which child records this member of staff may see: those of their own schools (DSLs and deputies), in
 * the partnership they act for, not merged away. Child records are school-scoped like cases; the front
 * door, analysts and administrators reach none. Null means no reach: callers refuse before querying.
 */
export function childScopeWhere(user: SessionUser | null): Prisma.ChildRecordWhereInput | null {
  if (!user?.partnership) return null;
  const schoolIds = scopedSchoolIds(user);
  if (schoolIds.length === 0) return null;
  return { partnershipId: user.partnership.id, schoolId: { in: schoolIds }, mergedIntoId: null };
}

/**
 * The same scope as childScopeWhere, as SQL on the child record aliased `r`, for the few reads written in
 * SQL (the child's page, lib/children/read-child-record.ts). Null means no reach.
 */
export function childScopeSql(user: SessionUser | null): Prisma.Sql | null {
  const scope = childScopeWhere(user);
  if (!scope) return null;
  return Prisma.sql`r."partnershipId" = ${scope.partnershipId}::uuid
    AND r."schoolId" = ANY(${scopedSchoolIds(user!)}::uuid[]) AND r."mergedIntoId" IS NULL`;
}

/** One child record through the user's scope, or null (missing and out of reach look the same). */
export async function findChildInScope(tx: Tx, user: SessionUser | null, childId: string) {
  const scope = childScopeWhere(user);
  if (!scope || !isUuid(childId)) return null;
  return tx.childRecord.findFirst({ where: { AND: [scope, { id: childId.toLowerCase() }] } });
}
