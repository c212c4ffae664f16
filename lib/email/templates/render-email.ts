import 'server-only';
import { getEnv } from '@/lib/env';
import { escapeHtml } from '@/lib/security/escape-html';

/** One paragraph of an email: plain words, and optionally one link (the app's own pages only). */
export interface EmailParagraph {
  text: string;
  link?: { href: string; label: string };
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export { escapeHtml };

/**
 * An email's words in its reader's language, with that language's BCP 47 tag: the sender passes
 * sayIn(locale) and CATALOGUES[locale].tag (lib/i18n). lib/email sits below lib/i18n, so it takes them
 * rather than importing them.
 */
export interface EmailLanguage {
  say: (key: string, values?: Record<string, string | number>) => string;
  tag: string;
}

/**
 * Words typed by someone outside the service (a platform name a parent gave), ready for an email to staff:
 * on one line, without quote marks of the kind that enclose it, at most `max` characters, and inside the
 * template's own quotes, so it cannot end the quotation and pose as the service's words. renderEmail then
 * escapes it for HTML like every other value.
 */
export function quoteUntrusted(value: string, max = 100): string {
  const flat = value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/[“”„‟«»‹›〝〞]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
  return `“${flat}”`;
}

/**
 * A link into the app, on the partnership's own address when the email is about one (`site`, from
 * lib/email/partnership-site.ts), else on APP_URL; never on a host taken from a request.
 */
export function appLink(path: string, site?: string): string {
  return `${(site ?? getEnv().APP_URL).replace(/\/$/, '')}${path}`;
}

/**
 * The same message as plain text and as simple HTML. Every value is escaped, so a school's name such as
 * "St Mary's & St John's" cannot break or inject markup. `lang` is the language's BCP 47 tag (a parent's
 * email in Welsh is 'cy'), so screen readers read it in the right voice.
 */
export function renderEmail(subject: string, paragraphs: EmailParagraph[], lang = 'en-GB'): RenderedEmail {
  const text = paragraphs
    .map((p) => (p.link ? `${p.text}\n${p.link.href}` : p.text))
    .join('\n\n')
    .concat('\n');
  const body = paragraphs
    .map((p) => {
      const link = p.link ? ` <a href="${escapeHtml(p.link.href)}">${escapeHtml(p.link.label)}</a>` : '';
      return `<p style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4;">${escapeHtml(p.text)}${link}</p>`;
    })
    .join('\n');
  const html = `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>\n${body}\n</body></html>\n`;
  return { subject, text, html };
}

/** A Message-ID that stays the same however often the message is sent, so receivers can drop repeats. */
export function stableMessageId(...parts: string[]): string {
  const host = new URL(getEnv().APP_URL).hostname || 'localhost';
  return `<${parts.map((p) => p.replace(/[^A-Za-z0-9._-]/g, '-')).join('.')}@${host}>`;
}
