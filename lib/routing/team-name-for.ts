import 'server-only';
import type { Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * The team's name, as SQL over two names (the school's is null when none was chosen): the school's name when
 * the parent chose a school in the list (even if the front door has it because the school has no active lead);
 * otherwise the partnership's front door. Never the parent's own free text. readRoute
 * (lib/routing/read-route.ts) uses it in its one statement; teamNameFor below alone.
 */
export function teamNameSql(schoolName: Prisma.Sql, partnershipName: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(${schoolName}, ${partnershipName} || ' front door')`;
}

/** The name of the team a concern is with (teamNameSql), in one statement. */
export async function teamNameFor(
  tx: Tx,
  concern: { partnershipId: string; schoolId: string | null },
): Promise<string> {
  const [row] = await tx.$queryRaw<{ name: string | null }[]>`
    SELECT ${teamNameSql(Prisma.sql`s.name`, Prisma.sql`p.name`)} AS name
    FROM "Partnership" p LEFT JOIN "School" s ON s.id = ${concern.schoolId}::uuid
    WHERE p.id = ${concern.partnershipId}::uuid AND (${concern.schoolId}::uuid IS NULL OR s.id IS NOT NULL)`;
  if (!row?.name) throw new Error('The school or partnership to name does not exist.');
  return row.name;
}
