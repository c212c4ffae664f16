/**
 * The name of the cookie keeping the parent's choice of language (lib/i18n/language-cookie.ts), also read
 * by the proxy's refusal pages (lib/i18n/refusal-words.ts), so no 'server-only'. __Host- over HTTPS, as the
 * journey cookie is, so a sibling subdomain cannot set it.
 */
export function languageCookieName(https: boolean): string {
  return https ? '__Host-language' : 'language';
}
