// Forms far bigger than any real answer are refused before Next reads them, with a page a parent can
// understand (Next's own limit, serverActions.bodySizeLimit in next.config.ts, answers a bare 500 to a
// form sent without JavaScript). Nothing is stored. Used by proxy.ts, so no 'server-only' and no database.

/** Matches serverActions.bodySizeLimit ('100kb'); the largest real form is a 5,000-character text. */
export const POST_BODY_LIMIT_BYTES = 100 * 1024;

export function isOversizedPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  return Number(request.headers.get('content-length') ?? 0) > POST_BODY_LIMIT_BYTES;
}

export function oversizedPostResponse(requestId: string, nonce: string): Response {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sorry, we could not take that</title>
<style nonce="${nonce}">body { font-family: arial, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.5 }</style></head>
<body>
<h1>Sorry, we could not take that</h1>
<p>What you sent was much too big, so nothing from that page was saved. Your earlier answers are still kept for a few hours.</p>
<p>This service does not take pictures, videos or other files. Please go back, shorten what you wrote, and try again.</p>
<p>If a child is in danger right now, call 999.</p>
<p><a href="/">Go to the start page</a></p>
</body></html>`;
  return new Response(html, {
    status: 413,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-request-id': requestId,
    },
  });
}
