import 'server-only';
import type { Db } from '@/lib/db';
import { normalisePlatformName } from './normalise-platform-name';
import type { NewFlag } from './notify-staff-of-flag';

/** How many different concerns must name a platform under "something else" before it is flagged. */
export const NEW_NAME_MIN_CONCERNS = 3;

/**
 * Platforms parents typed under "something else" in the window, named in several different concerns and
 * not already on the list. Only the name is kept (encrypted), never which concerns named it. The names are
 * encrypted, so they are grouped here after reading, not in SQL: a fortnight's typed names are few.
 */
export async function findNewPlatformNames(db: Db, windowStart: Date, windowEnd: Date): Promise<NewFlag[]> {
  const [typed, known] = await Promise.all([
    db.concernPlatform.findMany({
      where: {
        otherName: { not: null },
        platform: { isOther: true },
        concern: { submittedAt: { gte: windowStart, lt: windowEnd } },
      },
      select: { concernId: true, otherName: true, concern: { select: { partnershipId: true } } },
    }),
    db.platform.findMany({ select: { name: true, slug: true } }),
  ]);
  const knownNames = new Set(
    known.flatMap((p) => [normalisePlatformName(p.name), normalisePlatformName(p.slug)]),
  );
  const keys = await db.$encryptionKeys();
  const byName = new Map<string, { partnershipId: string; concerns: Set<string> }>();
  for (const row of typed) {
    const name = normalisePlatformName(row.otherName ?? '');
    if (name.length < 2 || knownNames.has(name)) continue;
    const key = `${row.concern.partnershipId}|${name}`;
    const entry = byName.get(key) ?? { partnershipId: row.concern.partnershipId, concerns: new Set() };
    entry.concerns.add(row.concernId);
    byName.set(key, entry);
  }
  return [...byName.entries()]
    .filter(([, entry]) => entry.concerns.size >= NEW_NAME_MIN_CONCERNS)
    .map(([key, entry]) => {
      const name = key.slice(key.indexOf('|') + 1);
      return {
        partnershipId: entry.partnershipId,
        kind: 'NEW_PLATFORM_NAME' as const,
        // Matches the same name next time without keeping it readable.
        subjectKey: keys.hash('TrendFlag.subjectKey', name),
        subjectName: name,
        windowStart,
        observed: entry.concerns.size,
        expected: 0,
        pValue: 0,
      };
    });
}
