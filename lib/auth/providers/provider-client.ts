import 'server-only';
import { custom, Issuer, type Client } from 'openid-client';

// openid-client (the library next-auth itself uses) rather than next-auth's own OAuth route: next-auth v4
// ends a provider sign-in by issuing its own session cookie, where ours must create a StaffSession row or
// stop at our authenticator step, and it takes its providers from one static configuration, where ours
// come from each partnership's rows. openid-client checks the id token (signature, issuer, audience,
// nonce, expiry), the state and PKCE; this file only says where each kind of provider lives.

/** A provider that does not answer within this is "not available": the password still works. */
export const PROVIDER_TIMEOUT_MS = 5_000;
/** Discovery documents are read again after this, so a provider's new keys and addresses are picked up. */
const DISCOVERY_TTL_MS = 10 * 60_000;

custom.setHttpOptionsDefaults({ timeout: PROVIDER_TIMEOUT_MS });

export interface ProviderConnection {
  kind: 'ENTRA' | 'GOOGLE' | 'OIDC';
  issuer: string | null;
  clientId: string;
  clientSecret: string;
}

/** Where the provider's discovery document is: Entra's tenant, Google's own, or the issuer given. */
export function issuerUrlOf(provider: Pick<ProviderConnection, 'kind' | 'issuer'>): string {
  if (provider.kind === 'ENTRA') return `https://login.microsoftonline.com/${provider.issuer}/v2.0`;
  if (provider.kind === 'GOOGLE') return 'https://accounts.google.com';
  return provider.issuer ?? '';
}

const discovered = new Map<string, { issuer: Issuer; at: number }>();

async function discover(url: string): Promise<Issuer> {
  const cached = discovered.get(url);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.issuer;
  const issuer = await Issuer.discover(url);
  // An issuer that names itself otherwise than the address given could be another provider's tokens
  // passed off (mix-up): refused. Entra's tenant domain names resolve to its id, so only its prefix is
  // checked.
  const said = issuer.metadata.issuer.replace(/\/$/, '');
  if (said !== url.replace(/\/$/, '') && !url.startsWith('https://login.microsoftonline.com/'))
    throw new Error('issuer mismatch');
  discovered.set(url, { issuer, at: Date.now() });
  return issuer;
}

/** A client for one provider of one partnership, answering at `redirectUri`. Throws when it is down. */
export async function providerClient(provider: ProviderConnection, redirectUri: string): Promise<Client> {
  const issuer = await discover(issuerUrlOf(provider));
  return new issuer.Client({
    client_id: provider.clientId,
    client_secret: provider.clientSecret,
    redirect_uris: [redirectUri],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  });
}
