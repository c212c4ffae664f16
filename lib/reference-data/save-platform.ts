import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb, type Tx } from '@/lib/db';
import type { PlatformInput } from './reference-data-schema';
import { slugFor } from './slug-for';

async function refuseDuplicateName(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.platform.findFirst({
    where: { name: { equals: name, mode: 'insensitive' }, id: exceptId ? { not: exceptId } : undefined },
  });
  if (clash)
    throw new UserFacingError(
      `There is already a platform called ${clash.name}. Nothing has been changed.`,
      'name',
    );
}

export async function createPlatform(actorId: string, input: PlatformInput) {
  return getDb().$transaction(async (tx) => {
    await refuseDuplicateName(tx, input.name);
    const platform = await tx.platform.create({
      data: { ...input, slug: await slugFor(tx, 'platform', input.name) },
    });
    await recordAudit(tx, {
      actorId,
      action: 'platform.create',
      subject: 'Platform',
      subjectId: platform.id,
    });
    return platform;
  });
}

/** A rename keeps the id and slug, so old concerns and trends still point at the same platform. */
export async function updatePlatform(actorId: string, id: string, input: PlatformInput) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.platform.findUnique({ where: { id } });
    if (!before) throw new UserFacingError('This platform is no longer on the list');
    await refuseDuplicateName(tx, input.name, id);
    const changed = (Object.keys(input) as (keyof PlatformInput)[]).filter(
      (k) => String(input[k]?.valueOf() ?? '') !== String(before[k]?.valueOf() ?? ''),
    );
    if (changed.length === 0) return;
    await tx.platform.update({ where: { id }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'platform.update',
      subject: 'Platform',
      subjectId: id,
      detail: { changed, ...(changed.includes('name') ? { from: before.name, to: input.name } : {}) },
    });
  });
}
