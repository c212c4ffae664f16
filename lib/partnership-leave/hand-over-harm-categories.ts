import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Tx } from '@/lib/db';
import { slugFor } from '@/lib/reference-data/slug-for';

interface Use {
  harmCategoryId: string;
  toPartnershipId: string;
  concerns: number;
}

/**
 * A leaving partnership's own harm categories still chosen on other partnerships' concerns: a report sent
 * through its site about another partnership's school (the site's list is offered: check-answer-ids.ts),
 * or a case passed on or transferred there. Those concerns must keep their label, so before the categories
 * go each such partnership gets one of its own with that name: its existing one (or a national one) of the
 * same name; else the category itself (the partnership with most such concerns); else a copy. A category
 * handed over is not offered to its parents (inactive) until its administrators choose to. The concerns'
 * label does not change, so their chronology does not; the receiving partnership's audit trail says it.
 * Call inside the deletion's last transaction, after the leaving partnership's own concerns are gone.
 */
export async function handOverHarmCategories(tx: Tx, partnershipId: string): Promise<number> {
  const uses = await tx.$queryRaw<Use[]>`
    SELECT ch."harmCategoryId", c."partnershipId" AS "toPartnershipId", count(*)::int AS concerns
    FROM "ConcernHarm" ch
    JOIN "HarmCategory" h ON h.id = ch."harmCategoryId"
    JOIN "Concern" c ON c.id = ch."concernId"
    WHERE h."partnershipId" = ${partnershipId}::uuid AND c."partnershipId" <> ${partnershipId}::uuid
    GROUP BY ch."harmCategoryId", c."partnershipId"
    ORDER BY ch."harmCategoryId", concerns DESC, c."partnershipId"`;
  const given = new Set<string>();
  for (const use of uses) {
    const category = await tx.harmCategory.findUniqueOrThrow({ where: { id: use.harmCategoryId } });
    const { toPartnershipId } = use;
    const same = await tx.harmCategory.findFirst({
      where: {
        name: { equals: category.name, mode: 'insensitive' },
        OR: [{ partnershipId: null }, { partnershipId: toPartnershipId }],
      },
      orderBy: { partnershipId: { sort: 'desc', nulls: 'last' } },
    });
    let targetId: string;
    let how: 'matched' | 'given' | 'copied';
    if (same) {
      [targetId, how] = [same.id, 'matched'];
    } else if (!given.has(category.id)) {
      await tx.harmCategory.update({
        where: { id: category.id },
        data: { partnershipId: toPartnershipId, active: false },
      });
      given.add(category.id);
      [targetId, how] = [category.id, 'given'];
    } else {
      const { slug } = await tx.partnership.findUniqueOrThrow({ where: { id: toPartnershipId } });
      const { name, hint, isOther, sortOrder } = category;
      const copy = await tx.harmCategory.create({
        data: {
          name,
          hint,
          isOther,
          sortOrder,
          active: false,
          partnershipId: toPartnershipId,
          slug: await slugFor(tx, 'harmCategory', `${slug} ${name}`),
        },
      });
      [targetId, how] = [copy.id, 'copied'];
    }
    if (targetId !== category.id) await repoint(tx, category.id, targetId, toPartnershipId);
    await recordAudit(tx, {
      actorId: null,
      action: 'harm-category.hand-over',
      subject: 'HarmCategory',
      subjectId: targetId,
      partnershipId: toPartnershipId,
      detail: { how, fromPartnershipId: partnershipId, fromCategoryId: category.id, concerns: use.concerns },
    });
  }
  return uses.length;
}

/**
 * Moves one partnership's concerns from one category to another. An update, so the trends' trigger on
 * ConcernHarm moves their counts with them; a concern that has the other category already loses this one.
 */
async function repoint(tx: Tx, fromId: string, toId: string, partnershipId: string) {
  await tx.$executeRaw`
    DELETE FROM "ConcernHarm" ch USING "Concern" c
    WHERE c.id = ch."concernId" AND c."partnershipId" = ${partnershipId}::uuid
      AND ch."harmCategoryId" = ${fromId}::uuid
      AND EXISTS (SELECT 1 FROM "ConcernHarm" o WHERE o."concernId" = ch."concernId" AND o."harmCategoryId" = ${toId}::uuid)`;
  await tx.$executeRaw`
    UPDATE "ConcernHarm" ch SET "harmCategoryId" = ${toId}::uuid FROM "Concern" c
    WHERE c.id = ch."concernId" AND c."partnershipId" = ${partnershipId}::uuid
      AND ch."harmCategoryId" = ${fromId}::uuid`;
}
