import 'server-only';

// next-auth answers a 500 when a callback URL (query string or its cookie) is not an http(s) URL, such
// as "javascript:…". That is the sender's mistake, not ours: answer 400 before next-auth sees it.
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

export function refuseBadCallbackUrl(request: Request): Response | null {
  const url = new URL(request.url);
  const given = [
    url.searchParams.get('callbackUrl'),
    ...COOKIES.map((name) => cookieValue(request.headers.get('cookie'), name)),
  ].filter((v): v is string => !!v);
  if (given.every((value) => isHttpUrl(value, url.origin))) return null;
  return new Response('Bad request: the callback address is not a web address.', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
