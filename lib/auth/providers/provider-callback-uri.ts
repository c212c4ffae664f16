import 'server-only';
import { getEnv } from '@/lib/env';

export const PROVIDER_CALLBACK_PATH = '/sign-in/provider/callback';

/**
 * Where a provider sends the person back: this partnership's own address (the host that chose the
 * partnership), with APP_URL's scheme and port, so the attempt's cookie is there to meet it. Each address
 * must be registered with the provider, which refuses any other: a forged Host only breaks the attempt.
 */
export function providerCallbackUri(host: string | null): string {
  const app = new URL(getEnv().APP_URL);
  if (host && host !== app.hostname) app.hostname = host;
  return new URL(PROVIDER_CALLBACK_PATH, app.origin).toString();
}
