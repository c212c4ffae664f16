import { CATALOGUE_MESSAGES } from './messages';
import type { Say } from './say';

const ENGLISH_HARMS = (CATALOGUE_MESSAGES.en as { harms: Record<string, { name: string; hint?: string }> })
  .harms;

export interface HarmText {
  slug: string;
  name: string;
  hint?: string | null;
  /** Null for a national category; a partnership's own category is its own words. */
  partnershipId: string | null;
}

/**
 * A kind of harm in the parent's language. A national category has a translation in the catalogue
 * (`harms.<slug>`) written for its English text: it is used only while the stored name (and hint) still
 * say exactly that, so an operator's later rewording shows as written rather than an out-of-date translation.
 * A partnership's own category stays as the partnership wrote it.
 */
export function harmWords(say: Say, harm: HarmText): { name: string; hint: string | null } {
  const english = harm.partnershipId === null ? ENGLISH_HARMS[harm.slug] : undefined;
  const nameTranslated = english?.name === harm.name;
  const hintTranslated = english?.hint !== undefined && english.hint === harm.hint;
  return {
    name: nameTranslated ? say(`harms.${harm.slug}.name`) : harm.name,
    hint: hintTranslated ? say(`harms.${harm.slug}.hint`) : (harm.hint ?? null),
  };
}
