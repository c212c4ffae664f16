import 'server-only';
import { getDb } from '@/lib/db';
import { findLiveLink, grantOpens, logLinkUse } from './find-emailed-link';

export type EmailedLinkView =
  | { state: 'gone' }
  | { state: 'locked'; fromSchool: string }
  | { state: 'passcode'; fromSchool: string }
  | {
      state: 'open';
      fromSchool: string;
      toSchool: string;
      sentAt: Date;
      reference: string;
      /** A child's whole file: how many cases it sends (the PDF holds them all); null for one case. */
      childFileCases: number | null;
      note: string | null;
      linkExpiresAt: Date;
    };

/**
 * What an emailed link's page shows, and the open logged (chronology and audit, one transaction). A link
 * that does not work changes nothing and says nothing more. With this browser's grant (the right passcode,
 * lib/transfers/unlock-emailed-link.ts) the page shows what was sent; without it, it asks for the passcode.
 * `site`: the partnership the request's host serves (lib/transfers/find-emailed-link.ts).
 */
export async function openEmailedLink(
  token: string,
  grant: string | undefined,
  site: string | null,
): Promise<EmailedLinkView> {
  const now = new Date();
  return getDb().$transaction(async (tx): Promise<EmailedLinkView> => {
    const link = await findLiveLink(tx, token, site, now);
    if (!link) return { state: 'gone' };
    const fromSchool = link.fromSchool.name;
    if (link.lockedAt) return { state: 'locked', fromSchool };
    const open = grantOpens(link, grant, now);
    await logLinkUse(
      tx,
      link,
      'open',
      open
        ? 'The emailed link was opened with the passcode already given in this browser.'
        : 'The emailed link was opened (passcode not yet given).',
      now,
    );
    if (!open) return { state: 'passcode', fromSchool };
    return {
      state: 'open',
      fromSchool,
      toSchool: link.toSchool.name,
      sentAt: link.sentAt,
      reference: link.concern.reference,
      childFileCases: link.wholeChildFile ? 1 + link.childFileCases.length : null,
      note: link.note,
      linkExpiresAt: link.linkExpiresAt!,
    };
  });
}
