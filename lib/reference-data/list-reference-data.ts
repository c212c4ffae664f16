import 'server-only';
import { getDb } from '@/lib/db';

export type { HarmCategory, Platform } from '@/lib/generated/prisma/client';

export async function listPlatforms() {
  return getDb().platform.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
}

export async function listHarmCategories() {
  return getDb().harmCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
}

export async function getPlatform(id: string) {
  return /^[0-9a-f-]{36}$/.test(id) ? getDb().platform.findUnique({ where: { id } }) : null;
}

export async function getHarmCategory(id: string) {
  return /^[0-9a-f-]{36}$/.test(id) ? getDb().harmCategory.findUnique({ where: { id } }) : null;
}
