import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import type { HarmCategoryInput } from './reference-data-schema';
import { slugFor } from './slug-for';

async function refuseDuplicateName(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.harmCategory.findFirst({
    where: { name: { equals: name, mode: 'insensitive' }, id: exceptId ? { not: exceptId } : undefined },
  });
  if (clash)
    throw new UserFacingError(
      `There is already a category called ${clash.name}. Nothing has been changed.`,
      'name',
    );
}

export async function createHarmCategory(actorId: string, input: HarmCategoryInput) {
  return getDb().$transaction(async (tx) => {
    await refuseDuplicateName(tx, input.name);
    const category = await tx.harmCategory.create({
      data: { ...input, slug: await slugFor(tx, 'harmCategory', input.name) },
    });
    await recordAudit(tx, {
      actorId,
      action: 'harm-category.create',
      subject: 'HarmCategory',
      subjectId: category.id,
    });
    return category;
  });
}

/** An inactive category is no longer offered to parents but stays on the concerns that chose it. */
export async function updateHarmCategory(actorId: string, id: string, input: HarmCategoryInput) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.harmCategory.findUnique({ where: { id } });
    if (!before) throw new UserFacingError('This category is no longer on the list');
    await refuseDuplicateName(tx, input.name, id);
    const changed = (Object.keys(input) as (keyof HarmCategoryInput)[]).filter((k) => input[k] !== before[k]);
    if (changed.length === 0) return;
    await tx.harmCategory.update({ where: { id }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'harm-category.update',
      subject: 'HarmCategory',
      subjectId: id,
      detail: { changed },
    });
  });
}
