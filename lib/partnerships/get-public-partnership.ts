import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { normaliseHost, PUBLIC_HOST_HEADER } from '@/lib/security/public-host';

export interface PublicPartnership {
  id: string;
  slug: string;
  name: string;
  /** For the header when the full name is too long; null: the full name. */
  shortName: string | null;
  /** #rrggbb for the header bar, dark enough for white text; null: the service's own colour. */
  brandColour: string | null;
  /** For urgent reports out of school hours; null when the partnership has not given one. */
  outOfHoursPhone: string | null;
  generalPhone: string | null;
  dataControllerName: string | null;
  privacyNoticeUrl: string | null;
  privacyNoticeText: string | null;
  /** The languages chosen for parents (lib/i18n/catalogue-status.ts offeredLocales adds English, drops the rest). */
  languages: string[];
}

const SELECT = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  brandColour: true,
  outOfHoursPhone: true,
  generalPhone: true,
  dataControllerName: true,
  privacyNoticeUrl: true,
  privacyNoticeText: true,
  languages: true,
} as const;

/**
 * The partnership the public pages serve: the one whose PartnershipHost is the request's host name. A host
 * nobody mapped falls back to PARTNERSHIP_SLUG, else to the only partnership in the database, so a
 * deployment with one partnership works with no hosts set up. Null when neither decides: with several
 * partnerships an unknown host is never guessed (the public pages say the service is not set up there).
 * Public pages only: staff act for the partnership of their membership (lib/auth/require-partnership.ts).
 */
export const getPublicPartnership = cache(async (): Promise<PublicPartnership | null> =>
  partnershipAtHost(await requestHost()),
);

/** The partnership served at a host name already normalised (lib/security/public-host.ts), or null. */
export async function partnershipAtHost(host: string | null): Promise<PublicPartnership | null> {
  const db = getDb();
  if (host) {
    // One statement: the host's primary key inside an EXISTS, so a mapped host costs one index look-up.
    const mapped = await db.partnership.findFirst({
      where: { hosts: { some: { hostname: host } } },
      select: SELECT,
    });
    if (mapped) return mapped;
  }
  const slug = getEnv().PARTNERSHIP_SLUG;
  if (slug) return db.partnership.findUnique({ where: { slug }, select: SELECT });
  const found = await db.partnership.findMany({ select: SELECT, take: 2, orderBy: { createdAt: 'asc' } });
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The host the front server stamped (scripts/serve.ts); without the front server (a test, a script) the
 * Host header, never X-Forwarded-Host. Null outside a request and for anything not a host name.
 */
export async function requestHost(): Promise<string | null> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch (error) {
    // Next's own signals (a page found to be dynamic while prerendering) carry a digest: let them through.
    if (typeof error === 'object' && error !== null && 'digest' in error) throw error;
    return null; // called outside a request: a script or a job has no host
  }
  const stamped = requestHeaders.get(PUBLIC_HOST_HEADER);
  return normaliseHost(stamped ?? requestHeaders.get('host'));
}
