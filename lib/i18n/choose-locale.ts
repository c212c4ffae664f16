// Which language a public page speaks: the parent's own choice (the chooser's cookie), else the first
// language their browser asks for that the partnership offers, else English. Pure, so the rule is tested
// alone; lib/i18n/request-locale.ts feeds it the request.
import { DEFAULT_LOCALE, type Locale } from './locales';

export function chooseLocale({
  chosen,
  acceptLanguage,
  offered,
}: {
  /** The cookie's value: anything a client sent, so it counts only when it is an offered language. */
  chosen: string | undefined;
  acceptLanguage: string | null;
  offered: readonly Locale[];
}): Locale {
  const isOffered = (code: string): code is Locale => (offered as readonly string[]).includes(code);
  if (chosen && isOffered(chosen)) return chosen;
  for (const code of browserLanguages(acceptLanguage)) if (isOffered(code)) return code;
  return DEFAULT_LOCALE;
}

/** "cy-GB,cy;q=0.9,en;q=0.8" → ['cy', 'cy', 'en']: primary subtags, most wanted first, q=0 dropped. */
function browserLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return {
        code: tag.trim().toLowerCase().split('-')[0] ?? '',
        weight: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((entry) => entry.code && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.code);
}
