import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { makeProof, PROOF_MINUTES, readProof } from './reporter-proof';

export const REPORTER_COOKIE = 'report_check';
const NAME = REPORTER_COOKIE;

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
