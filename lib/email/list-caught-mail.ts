import 'server-only';
import { getEnv } from '@/lib/env';
import { readCaughtMail, type CaughtMail } from './catcher';

/** Mail the local catcher holds, or null outside development (the page then does not exist). */
export async function listCaughtMail(): Promise<CaughtMail[] | null> {
  const env = getEnv();
  if (env.NODE_ENV === 'production' || !env.MAIL_CATCHER_DIR) return null;
  return readCaughtMail(env.MAIL_CATCHER_DIR);
}
