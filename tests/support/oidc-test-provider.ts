// A real OpenID Connect provider (oidc-provider) on a free port in the test process, with the accounts,
// claims and amr each test sets. Its interaction step (the provider's own login page) is answered at once
// for `nextLogin`, so a test follows the redirects with fetch and a small cookie jar, as a browser would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email: string;
  emailVerified?: boolean;
  /** Any other claims for the id token (Google's hd, Entra's oid). */
  extra?: Record<string, unknown>;
  /** Disabled at the provider (a leaver): unknown to it from then on, so a refresh is refused. */
  disabled?: boolean;
}

export interface TestProvider {
  issuer: string;
  clients: { clientId: string; clientSecret: string }[];
  accounts: Map<string, TestAccount>;
  /** Who signs in at the next interaction, and the amr the provider reports. */
  nextLogin: { sub: string; amr: string[] };
  /**
   * Set: the next interaction is finished but the browser is not sent on; it gets a page saying so, and
   * `held` the provider's address that would send it back to the app (a browser test fetches it with the
   * browser's cookies, so it holds the callback address without the app seeing it). Playwright cannot stop
   * a redirect chain part way, so the provider does.
   */
  holdNext?: boolean;
  held?: string;
  close: () => Promise<void>;
}

export const TEST_REDIRECT_URI = 'http://localhost:3000/sign-in/provider/callback';

/**
 * `refreshTokens`: its clients may use refresh tokens and every sign-in gets one, as Entra, Okta or
 * Keycloak give one for offline_access without a consent page (oidc-provider itself would want
 * prompt=consent). Without it, no refresh token: a provider that does not allow them. `redirectUri`: where
 * it sends the person back (the browser tests' app), instead of the in-process tests' fixed address.
 */
export async function startTestProvider(
  clientCount = 1,
  options: { refreshTokens?: boolean; redirectUri?: string } = {},
): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const clients = Array.from({ length: clientCount }, (_, i) => ({
    clientId: `client-${i + 1}`,
    clientSecret: `secret-${i + 1}-${'x'.repeat(32)}`,
  }));
  const accounts = new Map<string, TestAccount>();
  const state: TestProvider = { issuer, clients, accounts, nextLogin: { sub: '', amr: ['pwd'] }, close };
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [options.redirectUri ?? TEST_REDIRECT_URI],
      grant_types: options.refreshTokens ? ['authorization_code', 'refresh_token'] : ['authorization_code'],
      response_types: ['code'],
    })),
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name', 'hd', 'oid'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // A leaver is found out by the refresh, not by the provider's own browser session running out.
    expiresWithSession: async () => false,
    cookies: { keys: ['test-provider-cookie-key'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account || account.disabled) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          ...account.extra,
        }),
      };
    },
    // Consent is taken as given: the test is about the relying party, not the provider's pages.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile offline_access');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/') && state.holdNext) {
      state.holdNext = false;
      const login = { login: { accountId: state.nextLogin.sub, amr: state.nextLogin.amr } };
      provider
        .interactionResult(req, res, login, { mergeWithLastSubmission: false })
        .then((resume) => {
          state.held = new URL(resume, issuer).toString();
          res.setHeader('content-type', 'text/html');
          res.end('<!doctype html><html lang="en"><title>Held</title><p>Held by the test.</p></html>');
        })
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        });
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      provider
        .interactionFinished(
          req,
          res,
          { login: { accountId: state.nextLogin.sub, amr: state.nextLogin.amr } },
          { mergeWithLastSubmission: false },
        )
        .catch((error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        });
      return;
    }
    void callback(req, res);
  });
  function close(): Promise<void> {
    return new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  }
  return state;
}

/**
 * Follows the provider's redirects from the authorization URL, with its cookies, until it sends the browser
 * back to our callback: returns that URL (with the code and state), or throws with what it answered.
 */
export async function followToCallback(authorizationUrl: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`provider answered ${response.status}: ${await response.text()}`);
    url = new URL(location, url).toString();
    if (url.startsWith(TEST_REDIRECT_URI)) return url;
  }
  throw new Error('too many redirects');
}
