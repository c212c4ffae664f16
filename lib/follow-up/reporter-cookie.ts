import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import {
  endReporterSessions,
  REPORTER_SESSION_MINUTES,
  reporterSessionConcern,
  startReporterSession,
} from './reporter-session';

export const REPORTER_COOKIE = 'report_check';
const NAME = REPORTER_COOKIE;

export async function rememberReporter(concernId: string): Promise<void> {
  (await cookies()).set(NAME, await startReporterSession(concernId), {
    httpOnly: true,
    sameSite: 'strict',
    secure: getEnv().APP_URL.startsWith('https://'),
    path: '/check',
    maxAge: REPORTER_SESSION_MINUTES * 60,
  });
}

/** The concern this browser proved it may read, or null. */
export async function provenConcernId(): Promise<string | null> {
  return reporterSessionConcern((await cookies()).get(NAME)?.value);
}

/** Ends follow-up access for this browser's concern on every device. */
export async function forgetReporter(): Promise<void> {
  await endReporterSessions((await cookies()).get(NAME)?.value);
}
