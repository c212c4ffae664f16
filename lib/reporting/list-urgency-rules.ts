import 'server-only';
import { getDb } from '@/lib/db';
import { URGENCY_RULES } from './urgency-rules';

export interface UrgencyRuleView {
  id: string;
  description: string;
  /** The kinds of harm the rule reads, by the names parents see. */
  harmNames: string[];
  /** Slugs the rule reads that no kind of harm has (or only a retired one): the rule cannot match. */
  missingSlugs: string[];
}

/**
 * The urgency rules as staff read them, each with the kinds of harm it depends on. A rule whose harm
 * category does not exist, or is no longer offered to parents, is shown as such: it can never match.
 */
export async function listUrgencyRules(): Promise<UrgencyRuleView[]> {
  const slugs = [...new Set(URGENCY_RULES.flatMap((rule) => rule.harmSlugs))];
  const harms = await getDb().harmCategory.findMany({
    where: { slug: { in: slugs }, active: true },
    select: { slug: true, name: true },
  });
  const names = new Map(harms.map((h) => [h.slug, h.name]));
  return URGENCY_RULES.map((rule) => ({
    id: rule.id,
    description: rule.description,
    harmNames: rule.harmSlugs.flatMap((slug) => names.get(slug) ?? []),
    missingSlugs: rule.harmSlugs.filter((slug) => !names.has(slug)),
  }));
}
