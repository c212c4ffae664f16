// The little of oidc-provider 9 (no types of its own, none on npm here) that tests/support/oidc-test-provider.ts
// uses: a provider, its request handler, and finishing its interaction for a chosen account.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface GrantInstance {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  interface Context {
    oidc: {
      provider: { Grant: new (init: { clientId: string; accountId: string }) => GrantInstance };
      client?: { clientId: string };
      session?: { accountId?: string };
    };
  }
  interface Account {
    accountId: string;
    claims: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  }
  interface Configuration {
    clients: Record<string, unknown>[];
    claims: Record<string, string[] | null>;
    conformIdTokenClaims: boolean;
    features: Record<string, unknown>;
    pkce: { required: () => boolean };
    cookies: { keys: string[] };
    interactions: { url: (ctx: Context, interaction: { uid: string }) => string };
    findAccount: (ctx: Context, sub: string) => Account | undefined | Promise<Account | undefined>;
    loadExistingGrant: (ctx: Context) => Promise<GrantInstance | undefined>;
    issueRefreshToken?: (
      ctx: Context,
      client: { grantTypeAllowed: (grant: string) => boolean },
    ) => Promise<boolean>;
    expiresWithSession?: (ctx: Context) => Promise<boolean>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: { login: { accountId: string; amr?: string[] } },
      options: { mergeWithLastSubmission: boolean },
    ): Promise<void>;
    /** Records the interaction's result without redirecting: returns where the browser would go next. */
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: { login: { accountId: string; amr?: string[] } },
      options: { mergeWithLastSubmission: boolean },
    ): Promise<string>;
  }
}
