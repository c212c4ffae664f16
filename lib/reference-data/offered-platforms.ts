import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Platforms a partnership offers its parents: every national platform it has not hidden (no row of its own
 * means offered, so a platform the operator adds reaches every partnership until one says otherwise).
 */
export function offeredTo(partnershipId: string): Prisma.PlatformWhereInput {
  return { partnerships: { none: { partnershipId, offered: false } } };
}
