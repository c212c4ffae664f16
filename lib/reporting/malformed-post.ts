// A form body that says it is multipart but cannot be read (no boundary, the wrong boundary, cut short)
// makes Next's server-action handler throw: a bare 500. No browser sends one, so refuse it here with a
// plain page and a 400, before any action runs. Used by proxy.ts, so no 'server-only' and no database.

export async function isMalformedPost(request: Request): Promise<boolean> {
  if (request.method !== 'POST') return false;
  if (!/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export function malformedPostResponse(requestId: string, nonce: string): Response {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sorry, we could not read that</title>
<style nonce="${nonce}">body { font-family: arial, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.5 }</style></head>
<body>
<h1>Sorry, we could not read that</h1>
<p>What your browser sent was broken on the way, so nothing from that page was saved. Your earlier answers are still kept for a few hours.</p>
<p>Please go back and try again.</p>
<p>If a child is in danger right now, call 999.</p>
<p><a href="/">Go to the start page</a></p>
</body></html>`;
  return new Response(html, {
    status: 400,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-request-id': requestId,
    },
  });
}
