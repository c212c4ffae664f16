import 'server-only';
import type { Tx } from '@/lib/db';

/** A URL-safe, unique slug for new reference data; it never changes after, even on a rename. */
export async function slugFor(tx: Tx, kind: 'platform' | 'harmCategory', name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || kind.toLowerCase();
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken =
      kind === 'platform'
        ? await tx.platform.findUnique({ where: { slug } })
        : await tx.harmCategory.findUnique({ where: { slug } });
    if (!taken) return slug;
  }
}
