import 'server-only';
import { getDb, type Db, type Tx } from '@/lib/db';
import { DEFAULT_RETENTION_POLICY, type RetentionValues } from './retention-policy';

/** A partnership's retention policy: its own row, or the defaults when it has not chosen. */
export async function getRetentionPolicy(
  partnershipId: string,
  db: Db | Tx = getDb(),
): Promise<RetentionValues> {
  const row = await db.retentionPolicy.findUnique({ where: { partnershipId } });
  return row
    ? {
        keepUntilChildAge: row.keepUntilChildAge,
        yearsAfterClosure: row.yearsAfterClosure,
        auditYears: row.auditYears,
      }
    : { ...DEFAULT_RETENTION_POLICY };
}
