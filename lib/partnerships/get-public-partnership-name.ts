import 'server-only';
import { logger } from '@/lib/log';
import { getPublicPartnership } from './get-public-partnership';

const FALLBACK = 'Safeguarding Children Partnership';

/** For the page banner: a page must still render (say, an error page) when the database is unreachable. */
export async function getPublicPartnershipName(): Promise<string> {
  try {
    return (await getPublicPartnership())?.name ?? FALLBACK;
  } catch {
    logger().warn({ event: 'partnership.lookup_failed' }, 'could not read the partnership name');
    return FALLBACK;
  }
}
