// A plain page for a POST refused in proxy.ts before any page or action runs (from another site, too big,
// unreadable), in the parent's language: the proxy hands it the words (lib/i18n/refusal-words.ts), so this
// floor does not import lib/i18n (tests/unit/lib-floors.test.ts). Proxy code: no 'server-only', no
// database, no React; its one style carries the request's CSP nonce.
import type en from '@/messages/en.json';
import { escapeHtml } from '@/lib/security/escape-html';

/** A refusal page's words in one language, as lib/i18n/refusal-words.ts takes them from its catalogue. */
export type RefusalWords = (typeof en)['refusal'] &
  Pick<(typeof en)['errorPage'], 'danger' | 'start'> & { tag: string; dir: 'ltr' | 'rtl' };

/** What every refusal page needs from the proxy: the request's id and nonce, and the reader's words. */
export interface RefusalContext {
  requestId: string;
  nonce: string;
  words: RefusalWords;
}

export function refusalPage(options: {
  status: number;
  /** The page's heading and paragraphs, from the reader's language's words. */
  words: (words: RefusalWords) => { title: string; paragraphs: string[] };
  /** The refused POST: its page (where the form was) is the way back. */
  request: Request;
  context: RefusalContext;
}): Response {
  const { requestId, nonce, words } = options.context;
  const { title, paragraphs } = options.words(words);
  const back = escapeHtml(samePagePath(options.request.url));
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  const html = `<!doctype html><html lang="${words.tag}" dir="${words.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style nonce="${nonce}">body { font-family: arial, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.5 }</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${body}
<p><a href="${back}">${escapeHtml(words.back)}</a></p>
<p>${withPhoneLink(words.danger)}</p>
<p><a href="/">${escapeHtml(words.start)}</a></p>
</main></body></html>`;
  return new Response(html, {
    status: options.status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-request-id': requestId,
    },
  });
}

/** A POST from another site (lib/security/security-headers.ts isCrossOriginPost): nothing ran. */
export function crossOriginPostResponse(request: Request, context: RefusalContext): Response {
  return refusalPage({
    status: 403,
    words: ({ otherSite }) => ({ title: otherSite.title, paragraphs: [otherSite.notSaved] }),
    request,
    context,
  });
}

/** "Call <phone>999</phone>." as text with the number a link to call. */
function withPhoneLink(message: string): string {
  return escapeHtml(message).replace(
    /&lt;phone&gt;(.*?)&lt;\/phone&gt;/g,
    (_, number: string) => `<a href="tel:${number}">${number}</a>`,
  );
}

/**
 * The path and query of the refused POST, which a form without JavaScript posts to its own page. Always
 * on this site: leading slashes and backslashes collapse to one, so "//elsewhere.example" cannot become a
 * link to another site.
 */
function samePagePath(url: string): string {
  const { pathname, search } = new URL(url);
  return `/${pathname.replace(/^[/\\]+/, '')}${search}`;
}
