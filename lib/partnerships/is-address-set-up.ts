import 'server-only';
import { logger } from '@/lib/log';
import { getPublicPartnership } from './get-public-partnership';

/**
 * False only when the database answered and no partnership is served at this address (several
 * partnerships and a host nobody mapped, or none at all): the public pages then say so instead of guessing.
 * A database that cannot be read is not "not set up": the page goes on and fails (or not) on its own.
 */
export async function isAddressSetUp(): Promise<boolean> {
  try {
    return (await getPublicPartnership()) !== null;
  } catch {
    logger().warn({ event: 'partnership.lookup_failed' }, 'could not read the partnership');
    return true;
  }
}
