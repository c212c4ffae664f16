import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { HarmCategoryInput } from './reference-data-schema';
import { slugFor } from './slug-for';

/**
 * Who a category belongs to: null for the national list (the service operator's), or the partnership the
 * actor acts for (requirePartnership). Callers decide it from the session, never from the form.
 */
export type HarmOwner = string | null;

/** A name must be free among the national categories and the owner's own (any case). */
async function refuseDuplicateName(tx: Tx, owner: HarmOwner, name: string, exceptId?: string) {
  const clash = await tx.harmCategory.findFirst({
    where: {
      name: { equals: name, mode: 'insensitive' },
      id: exceptId ? { not: exceptId } : undefined,
      // A national name must not be taken by any addition either: it would show twice to their parents.
      ...(owner ? { OR: [{ partnershipId: null }, { partnershipId: owner }] } : {}),
    },
  });
  if (clash)
    throw new UserFacingError(
      `There is already a category called ${clash.name}. Nothing has been changed.`,
      'name',
    );
}

export async function createHarmCategory(actorId: string, owner: HarmOwner, input: HarmCategoryInput) {
  return getDb().$transaction(async (tx) => {
    await refuseDuplicateName(tx, owner, input.name);
    // An addition's slug starts with its partnership's, so it never takes a slug the national list may want.
    const prefix = owner
      ? (await tx.partnership.findUniqueOrThrow({ where: { id: owner }, select: { slug: true } })).slug + ' '
      : '';
    const category = await tx.harmCategory.create({
      data: { ...input, partnershipId: owner, slug: await slugFor(tx, 'harmCategory', prefix + input.name) },
    });
    await recordAudit(tx, {
      actorId,
      action: 'harm-category.create',
      subject: 'HarmCategory',
      subjectId: category.id,
      partnershipId: owner,
    });
    return category;
  });
}

/**
 * An inactive category is no longer offered to parents but stays on the concerns that chose it. Only the
 * owner's categories: another partnership's, or a national one changed by a partnership, is "not found".
 */
export async function updateHarmCategory(
  actorId: string,
  owner: HarmOwner,
  id: string,
  input: HarmCategoryInput,
) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.harmCategory.findFirst({ where: { id, partnershipId: owner } });
    if (!before) throw new NotFoundError();
    await refuseDuplicateName(tx, owner, input.name, id);
    const changed = (Object.keys(input) as (keyof HarmCategoryInput)[]).filter((k) => input[k] !== before[k]);
    if (changed.length === 0) return;
    await tx.harmCategory.update({ where: { id }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'harm-category.update',
      subject: 'HarmCategory',
      subjectId: id,
      partnershipId: owner,
      detail: { changed },
    });
  });
}
