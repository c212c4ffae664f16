// A provider that answers discovery, its keys and its token endpoint like any other, but signs whatever id
// token the test asks for (another issuer, another audience, another nonce): what openid-client must
// refuse even though the signature is good. The code in the callback is taken as given. Its authorisation
// endpoint sends a browser straight back with a code and the attempt's state (no login page), and keeps the
// attempt's nonce, so the honest claims a browser test starts from carry it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface ForgedProvider {
  issuer: string;
  /**
   * The claims of the next id token; `iss` and `aud` default to the honest ones, and so does `nonce` once a
   * browser has come through the authorisation endpoint.
   */
  nextClaims: (honest: { iss: string; aud: string; nonce?: string }) => Record<string, unknown>;
  close: () => Promise<void>;
}

export async function startForgedProvider(clientId: string): Promise<ForgedProvider> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'forged', alg: 'RS256', use: 'sig' };
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  let nonce: string | undefined;
  const state: ForgedProvider = {
    issuer,
    nextClaims: (honest) => honest,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const json = (res: import('node:http').ServerResponse, body: unknown) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };
  server.on('request', (req, res) => {
    if (req.url === '/.well-known/openid-configuration') {
      return json(res, {
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (req.url === '/jwks') return json(res, { keys: [jwk] });
    if (req.url?.startsWith('/auth?')) {
      const asked = new URL(req.url, issuer).searchParams;
      nonce = asked.get('nonce') ?? undefined;
      const back = new URL(asked.get('redirect_uri') ?? '');
      back.searchParams.set('code', `forged-${Date.now()}`);
      back.searchParams.set('state', asked.get('state') ?? '');
      res.statusCode = 302;
      res.setHeader('location', back.toString());
      res.end();
      return;
    }
    if (req.url === '/token') {
      req.resume();
      req.on('end', () => {
        const claims = state.nextClaims({ iss: issuer, aud: clientId, ...(nonce ? { nonce } : {}) });
        const idToken = signJwt(privateKey, claims);
        json(res, { access_token: 'forged', token_type: 'Bearer', expires_in: 300, id_token: idToken });
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  return state;
}

/** An RS256 JSON Web Token, issued now and valid for five minutes unless the claims say otherwise. */
function signJwt(key: KeyObject, claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', kid: 'forged', typ: 'JWT' })}.${part({ iat: now, exp: now + 300, ...claims })}`;
  return `${body}.${sign('sha256', Buffer.from(body), key).toString('base64url')}`;
}
