import 'server-only';
import { z } from 'zod';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';
import { searchSchools } from './search-schools';

/** Enough to find a school while typing; the results page lists more. */
export const SUGGESTION_COUNT = 10;

const suggestionQuery = z.string().trim().min(2).max(100);

export interface SchoolSuggestion {
  name: string;
  town: string | null;
  postcode: string | null;
}

export type SuggestionAnswer =
  | { status: 200; suggestions: SchoolSuggestion[] }
  | { status: 400; suggestions: [] }
  | { status: 429; suggestions: []; retryAfterSeconds: number };

/**
 * Suggestions for the school type-ahead: active schools of every partnership, names, towns and
 * postcodes only (public information). Asked for at each key press, so it is counted per address; a
 * query the type-ahead would never send is refused before the database is asked.
 */
export async function suggestSchools(query: string | null, address: string): Promise<SuggestionAnswer> {
  const parsed = suggestionQuery.safeParse(query ?? '');
  if (!parsed.success) return { status: 400, suggestions: [] };
  const limit = await consumeLimit('schools.suggest.address', address);
  if (!limit.allowed) return { status: 429, suggestions: [], retryAfterSeconds: limit.retryAfterSeconds };
  const schools = await searchSchools(parsed.data, SUGGESTION_COUNT);
  return {
    status: 200,
    suggestions: schools.map((s) => ({ name: s.name, town: s.town, postcode: s.postcode })),
  };
}
