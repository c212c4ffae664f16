import { normaliseCode } from '@/lib/concerns/codes';

/**
 * A case page's title names the case by its reference only, never its content (titles end up in browser
 * history, tabs and screen-reader announcements). Anything in the address that is not a reference is left
 * out, so the title cannot repeat what someone typed there.
 */
export function casePageTitle(referenceParam: string, page: string): string {
  let decoded = referenceParam;
  try {
    decoded = decodeURIComponent(referenceParam);
  } catch {
    // A malformed escape is not a reference.
  }
  const reference = /^[\w-]{1,20}$/.test(decoded) ? normaliseCode(decoded, 8) : null;
  return reference ? `Case ${reference}: ${page}` : `Case: ${page}`;
}
