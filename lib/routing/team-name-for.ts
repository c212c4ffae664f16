import 'server-only';
import type { Tx } from '@/lib/db';

/**
 * The school's name when the parent chose a school in the list (even if the front door has it because the
 * school has no active lead); otherwise the partnership's front door. Never the parent's own free text.
 */
export async function teamNameFor(
  tx: Tx,
  concern: { partnershipId: string; schoolId: string | null },
): Promise<string> {
  if (concern.schoolId) {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: concern.schoolId },
      select: { name: true },
    });
    return school.name;
  }
  const partnership = await tx.partnership.findUniqueOrThrow({
    where: { id: concern.partnershipId },
    select: { name: true },
  });
  return `${partnership.name} front door`;
}
