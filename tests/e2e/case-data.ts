// Reads the end-to-end database directly: to pick demo cases for a test, and to check what was written.
import { query } from './e2e-db';

export { query };

/** The n-th demo case of a school (by URN), oldest first, optionally with a given status. */
export async function caseOfSchool(
  urn: number,
  n: number,
  status?: string,
): Promise<{ id: string; reference: string }> {
  const rows = await query<{ id: string; reference: string }>(
    `SELECT c.id, c.reference FROM "Concern" c JOIN "School" s ON s.id = c."schoolId"
     WHERE s.urn = $1 AND ($2::text IS NULL OR c.status::text = $2) AND c."escalatedAt" IS NULL
     ORDER BY c."submittedAt", c.id OFFSET $3 LIMIT 1`,
    [urn, status ?? null, n],
  );
  const row = rows[0];
  if (!row) throw new Error(`No demo case number ${n} at school ${urn}`);
  return row;
}

/** What has been written about a case: chronology entries and audit entries. */
export async function traces(
  concernId: string,
): Promise<{ events: number; audits: number; firstOpenedAt: Date | null }> {
  const [row] = await query<{ events: string; audits: string; first: Date | null }>(
    `SELECT (SELECT count(*) FROM "ConcernEvent" WHERE "concernId" = $1) AS events,
            (SELECT count(*) FROM "AuditEntry" WHERE "concernId" = $1) AS audits,
            (SELECT "firstOpenedAt" FROM "Concern" WHERE id = $1) AS first`,
    [concernId],
  );
  return { events: Number(row?.events), audits: Number(row?.audits), firstOpenedAt: row?.first ?? null };
}

export const OAKFIELD = 990001;
export const MILLBROOK = 990003;
