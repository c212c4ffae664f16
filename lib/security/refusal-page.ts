// A plain page for a POST refused in proxy.ts before any action runs (too big, unreadable). Proxy code:
// no 'server-only', no database, no React; its one style carries the request's CSP nonce.
import { escapeHtml } from '@/lib/security/escape-html';

export function refusalPage(options: {
  status: number;
  title: string;
  paragraphs: string[];
  /** The refused POST: its page (where the form was) is the way back. */
  request: Request;
  requestId: string;
  nonce: string;
}): Response {
  const back = escapeHtml(samePagePath(options.request.url));
  const body = options.paragraphs.map((text) => `<p>${text}</p>`).join('\n');
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title}</title>
<style nonce="${options.nonce}">body { font-family: arial, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.5 }</style></head>
<body>
<h1>${options.title}</h1>
${body}
<p><a href="${back}">Go back to the page you were on</a></p>
<p>If a child is in danger right now, call <a href="tel:999">999</a>.</p>
<p><a href="/">Go to the start page</a></p>
</body></html>`;
  return new Response(html, {
    status: options.status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-request-id': options.requestId,
    },
  });
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
