// The browser a test plays for code that reads next/headers (server actions, route handlers, the steps of
// a sign-in): a cookie jar, and optionally the client address the front server would stamp and every
// Set-Cookie line as Next would send it. Each test file mocks next/headers with it:
//
//   const browser = vi.hoisted(() => ({ jar: new Map<string, string>() }));
//   vi.mock('next/headers', async () => (await import('../support/test-browser')).nextHeadersFor(browser));
import { ResponseCookies } from 'next/dist/compiled/@edge-runtime/cookies';

export interface TestBrowser {
  jar: Map<string, string>;
  /** Sent as x-client-address (scripts/serve.ts stamps it from the socket). */
  address?: string;
  /** When present, every cookie change is added here as the Set-Cookie line Next would send. */
  setCookies?: string[];
}

export function nextHeadersFor(browser: TestBrowser) {
  return {
    headers: async () => new Headers(browser.address ? { 'x-client-address': browser.address } : {}),
    cookies: async () => {
      // Each change is serialised as Next would send it, then kept (or dropped) by the "browser".
      const send = (change: (response: ResponseCookies) => void) => {
        const headers = new Headers();
        const response = new ResponseCookies(headers);
        change(response);
        browser.setCookies?.push(...headers.getSetCookie());
        for (const cookie of response.getAll()) {
          const gone =
            cookie.maxAge === 0 ||
            cookie.value === '' ||
            (cookie.expires !== undefined && new Date(cookie.expires) <= new Date());
          if (gone) browser.jar.delete(cookie.name);
          else browser.jar.set(cookie.name, cookie.value);
        }
      };
      return {
        get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name) } : undefined),
        set: (...args: Parameters<ResponseCookies['set']>) => send((r) => r.set(...args)),
        delete: (...args: Parameters<ResponseCookies['delete']>) => send((r) => r.delete(...args)),
      };
    },
  };
}
