import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';

// The browser's half of an emailed link's grant (lib/transfers/unlock-emailed-link.ts): an opaque value
// whose hash is on that transfer's row. Sent only to that link's own address, ends with the grant.
const NAME = 'file_transfer_grant';

const linkPath = (token: string) => `/file-transfer/${token}`;

export async function rememberLinkGrant(token: string, grant: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(NAME, grant, {
    httpOnly: true,
    sameSite: 'strict',
    secure: getEnv().APP_URL.startsWith('https://'),
    path: linkPath(token),
    maxAge: Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
  });
}

/** This browser's grant for the link being read, if it has one (the row decides whether it still opens). */
export async function linkGrant(): Promise<string | undefined> {
  return (await cookies()).get(NAME)?.value;
}

export async function forgetLinkGrant(token: string): Promise<void> {
  (await cookies()).delete({ name: NAME, path: linkPath(token) });
}
