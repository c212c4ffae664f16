import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { makeProof, PROOF_MINUTES, readProof } from './reporter-proof';

const NAME = 'report_check';

export async function rememberReporter(concernId: string): Promise<void> {
  (await cookies()).set(NAME, makeProof(concernId), {
    httpOnly: true,
    sameSite: 'strict',
    secure: getEnv().APP_URL.startsWith('https://'),
    path: '/check',
    maxAge: PROOF_MINUTES * 60,
  });
}

/** The concern this browser proved it may read, or null. */
export async function provenConcernId(): Promise<string | null> {
  return readProof((await cookies()).get(NAME)?.value);
}

export async function forgetReporter(): Promise<void> {
  (await cookies()).delete({ name: NAME, path: '/check' });
}
