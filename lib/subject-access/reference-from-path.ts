import { normaliseCode } from '@/lib/concerns/codes';

/** A reference from a URL segment, or null for anything that is not one (including broken % escapes). */
export function referenceFromPath(raw: string): string | null {
  try {
    return normaliseCode(decodeURIComponent(raw), 8);
  } catch {
    return null;
  }
}
