import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { partnershipLocales } from '@/lib/i18n/partnership-locales';
import type { WarningInput } from './warning-schema';

const day = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

/**
 * A new warning for parents in the editor's partnership (a draft when it has no dates), and its audit entry.
 * Its language must be one the partnership offers its parents.
 */
export async function insertWarning(
  actorId: string,
  partnershipId: string,
  input: WarningInput,
): Promise<void> {
  const db = getDb();
  const platform = input.platform
    ? await db.platform.findUnique({ where: { slug: input.platform }, select: { id: true } })
    : null;
  if (input.platform && !platform) throw new UserFacingError('Choose a platform from the list', 'platform');
  if (!(await partnershipLocales(partnershipId)).includes(input.language))
    throw new UserFacingError('Choose a language your partnership offers to parents', 'language');
  await db.$transaction(async (tx) => {
    const warning = await tx.platformWarning.create({
      data: {
        partnershipId,
        platformId: platform?.id ?? null,
        title: input.title,
        whatToKnow: input.whatToKnow,
        whatToDo: input.whatToDo,
        language: input.language,
        publishedFrom: day(input.publishFrom),
        publishedUntil: day(input.publishUntil),
        createdById: actorId,
      },
    });
    await recordAudit(tx, {
      actorId,
      action: 'warning.create',
      subject: 'PlatformWarning',
      subjectId: warning.id,
      partnershipId,
      detail: { published: Boolean(input.publishFrom), language: input.language },
    });
  });
}
