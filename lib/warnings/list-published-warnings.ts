import 'server-only';
import { getDb } from '@/lib/db';
import { asLocale, type Locale } from '@/lib/i18n/locales';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';

export interface PublicWarning {
  id: string;
  title: string;
  platformName: string | null;
  platformSlug: string | null;
  whatToKnow: string;
  whatToDo: string;
  /** The language staff wrote it in: its text is marked with it (components/warning-language.tsx). */
  language: Locale;
  publishedFrom: Date;
}

/** Warnings the public may see now: published, inside their window, for the partnership these pages serve. */
export async function listPublishedWarnings(
  now = new Date(),
  warningId?: string,
  platformId?: string,
): Promise<PublicWarning[]> {
  const partnership = await getPublicPartnership();
  if (!partnership) return [];
  const db = getDb();
  const warnings = await db.platformWarning.findMany({
    where: {
      partnershipId: partnership.id,
      ...(warningId ? { id: warningId } : {}),
      ...(platformId ? { platformId } : {}),
      publishedFrom: { lte: now },
      OR: [{ publishedUntil: null }, { publishedUntil: { gt: now } }],
    },
    orderBy: { publishedFrom: 'desc' },
    take: 10,
  });
  const platformIds = warnings.flatMap((a) => (a.platformId ? [a.platformId] : []));
  const platforms = await db.platform.findMany({
    where: { id: { in: platformIds } },
    select: { id: true, name: true, slug: true },
  });
  const byId = new Map(platforms.map((p) => [p.id, p]));
  return warnings.map((a) => ({
    id: a.id,
    title: a.title,
    platformName: a.platformId ? (byId.get(a.platformId)?.name ?? null) : null,
    platformSlug: a.platformId ? (byId.get(a.platformId)?.slug ?? null) : null,
    whatToKnow: a.whatToKnow,
    whatToDo: a.whatToDo,
    language: asLocale(a.language),
    publishedFrom: a.publishedFrom as Date,
  }));
}
