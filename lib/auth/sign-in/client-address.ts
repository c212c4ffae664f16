import 'server-only';
import { headers } from 'next/headers';

/**
 * The network address a request came from, for throttling. Behind the load balancer (the deployment
 * model in README) the nearest proxy appends the real address as the last X-Forwarded-For entry.
 */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return (last || list.get('x-real-ip') || 'unknown').slice(0, 64);
}
