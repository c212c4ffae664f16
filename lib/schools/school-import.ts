import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { diffSchoolImport, type ImportDiff } from './diff-school-import';
import type { ParsedSchools, RejectedRow, SchoolRow } from './parse-gias-csv';

type Parsed = Extract<ParsedSchools, { ok: true }>;

/** Keeps an uploaded file's rows until an administrator confirms them. Returns the import's id. */
export async function storeSchoolImport(
  actorId: string,
  partnershipId: string,
  fileName: string,
  parsed: Parsed,
): Promise<string> {
  const created = await getDb().schoolImport.create({
    data: {
      partnershipId,
      createdById: actorId,
      fileName: fileName.slice(0, 200),
      rows: parsed.rows as never,
      rejected: parsed.rejected as never,
      convertedFrom: parsed.convertedFrom,
    },
    select: { id: true },
  });
  return created.id;
}

// Raw SQL with one array parameter: a Prisma `in` list of 100,000 URNs would exceed Postgres's 65,535
// parameters.
async function currentSchools(tx: Tx, partnershipId: string, rows: SchoolRow[]) {
  const urns = rows.map((r) => r.urn);
  return tx.$queryRaw<Parameters<typeof diffSchoolImport>[2]>`
    SELECT id, urn, name, town, postcode, phase::text AS phase, "localAuthority", active,
           "partnershipId"::text AS "partnershipId"
    FROM "School" WHERE "partnershipId" = ${partnershipId}::uuid OR urn = ANY(${urns}::int[])`;
}

export async function previewSchoolImport(partnershipId: string, importId: string) {
  if (!/^[0-9a-f-]{36}$/.test(importId)) return null;
  const db = getDb();
  const found = await db.schoolImport.findFirst({ where: { id: importId, partnershipId } });
  if (!found) return null;
  const rows = found.rows as unknown as SchoolRow[];
  const diff = diffSchoolImport(
    partnershipId,
    rows,
    await currentSchools(db as unknown as Tx, partnershipId, rows),
  );
  // Once applied, what it did is in its audit entry (the diff against today's schools would say "nothing").
  const entry = found.appliedAt
    ? await db.auditEntry.findFirst({
        where: { action: 'school.import', subjectId: importId },
        select: { detail: true },
      })
    : null;
  const applied = (entry?.detail ?? null) as unknown as AppliedImport | null;
  return { ...found, rejected: found.rejected as unknown as RejectedRow[], diff, applied };
}

export interface AppliedImport {
  added: number;
  changed: number;
  deactivated: number;
}

/** Applies an import in one transaction with its audit entry; a second confirm does nothing. */
export async function applySchoolImport(
  actorId: string,
  partnershipId: string,
  importId: string,
  deactivateMissing: boolean,
): Promise<AppliedImport> {
  return getDb().$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "SchoolImport" WHERE id = ${importId}::uuid AND "partnershipId" = ${partnershipId}::uuid
          AND "appliedAt" IS NULL FOR UPDATE`;
      if (locked.length === 0)
        throw new UserFacingError('This import has already been applied or has expired');
      const found = await tx.schoolImport.findUniqueOrThrow({ where: { id: importId } });
      const rows = found.rows as unknown as SchoolRow[];
      const diff = diffSchoolImport(partnershipId, rows, await currentSchools(tx, partnershipId, rows));
      const result = await writeChanges(tx, partnershipId, diff, deactivateMissing);
      await tx.schoolImport.update({ where: { id: importId }, data: { appliedAt: new Date() } });
      await recordAudit(tx, {
        actorId,
        action: 'school.import',
        subject: 'SchoolImport',
        subjectId: importId,
        partnershipId,
        detail: { ...result, unchanged: diff.unchanged, rejected: (found.rejected as unknown[]).length },
      });
      return result;
    },
    { timeout: 180_000, maxWait: 10_000 },
  );
}

function columns(rows: SchoolRow[]) {
  return {
    urns: rows.map((r) => r.urn),
    names: rows.map((r) => r.name),
    towns: rows.map((r) => r.town),
    postcodes: rows.map((r) => r.postcode),
    phases: rows.map((r) => r.phase),
    las: rows.map((r) => r.localAuthority),
  };
}

// One statement per kind of change, whatever the number of schools: 25,000 single-row writes would take
// minutes; arrays passed to unnest() take a second.
async function writeChanges(tx: Tx, partnershipId: string, diff: ImportDiff, deactivateMissing: boolean) {
  if (diff.added.length) {
    const c = columns(diff.added);
    await tx.$executeRaw`
      INSERT INTO "School" (id, "partnershipId", urn, name, town, postcode, phase, "localAuthority", "updatedAt")
      SELECT gen_random_uuid(), ${partnershipId}::uuid, u.urn, u.name, u.town, u.postcode, u.phase, u.la, now()
      FROM unnest(${c.urns}::int[], ${c.names}::text[], ${c.towns}::text[], ${c.postcodes}::text[],
                  ${c.phases}::"SchoolPhase"[], ${c.las}::text[]) AS u(urn, name, town, postcode, phase, la)`;
  }
  if (diff.changed.length) {
    const c = columns(diff.changed.map((ch) => ch.row));
    await tx.$executeRaw`
      UPDATE "School" s SET name = u.name, town = u.town, postcode = u.postcode, phase = u.phase,
        "localAuthority" = u.la, active = true, "updatedAt" = now()
      FROM unnest(${c.urns}::int[], ${c.names}::text[], ${c.towns}::text[], ${c.postcodes}::text[],
                  ${c.phases}::"SchoolPhase"[], ${c.las}::text[]) AS u(urn, name, town, postcode, phase, la)
      WHERE s.urn = u.urn AND s."partnershipId" = ${partnershipId}::uuid`;
  }
  let deactivated = 0;
  if (deactivateMissing && diff.notInFile.length) {
    const ids = diff.notInFile.map((s) => s.id);
    deactivated =
      await tx.$executeRaw`UPDATE "School" SET active = false, "updatedAt" = now() WHERE id = ANY(${ids}::uuid[])`;
  }
  return { added: diff.added.length, changed: diff.changed.length, deactivated };
}
