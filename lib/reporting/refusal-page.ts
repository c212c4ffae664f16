// A plain page for a POST refused in proxy.ts before any action runs (too big, unreadable). Proxy code:
// no 'server-only', no database, no React; its one style carries the request's CSP nonce.

export function refusalPage(options: {
  status: number;
  title: string;
  paragraphs: string[];
  requestId: string;
  nonce: string;
}): Response {
  const body = options.paragraphs.map((text) => `<p>${text}</p>`).join('\n');
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title}</title>
<style nonce="${options.nonce}">body { font-family: arial, sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.5 }</style></head>
<body>
<h1>${options.title}</h1>
${body}
<p>If a child is in danger right now, call 999.</p>
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
