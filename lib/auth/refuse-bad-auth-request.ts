import 'server-only';

// Requests next-auth answers with a 500 although the mistake is the sender's: a callback URL (query string
// or its cookie) that is not an http(s) URL, such as "javascript:…", and a GET to the credentials callback
// (POST only; this service has no other provider). Answered here, before next-auth sees them.
const COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return rest.join('=');
      }
    }
  }
  return undefined;
}

const refuse = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export function refuseBadAuthRequest(request: Request): Response | null {
  const url = new URL(request.url);
  if (request.method !== 'POST' && url.pathname.includes('/callback/'))
    return refuse(405, 'Method not allowed.');
  const given = [
    url.searchParams.get('callbackUrl'),
    ...COOKIES.map((name) => cookieValue(request.headers.get('cookie'), name)),
  ].filter((v): v is string => !!v);
  if (given.every((value) => isHttpUrl(value, url.origin))) return null;
  return refuse(400, 'Bad request: the callback address is not a web address.');
}
