'use server';
// The page of an emailed transfer link (/file-transfer/<token>), for the safeguarding lead of a school not
// on the service: no account. Each action proves itself: the passcode (given by phone), then the grant
// cookie it leaves, bound to that one link. A link works only on the sending partnership's own site (the
// request's host, never a value from the form).
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { clientAddress } from '@/lib/security/client-address';
import { confirmLinkReceipt } from './confirm-link-receipt';
import { isSecretToken } from './emailed-link-secrets';
import { forgetLinkGrant, linkGrant, rememberLinkGrant } from './link-grant-cookie';
import {
  LINK_GONE,
  linkPasscodeSchema,
  linkReceiptSchema,
  PASSCODE_LIMITED,
  PASSCODE_WRONG,
} from './transfer-schemas';
import { unlockEmailedLink } from './unlock-emailed-link';

const pagePath = (token: string) => `/file-transfer/${token}`;

export const unlockTransferLink = defineAction({
  name: 'transfer.link.unlock',
  schema: linkPasscodeSchema,
  secretFields: ['passcode'],
  authorise: async () => null,
  run: async (input) => {
    const outcome = await unlockEmailedLink({
      ...input,
      address: clientAddress(await headers()),
      site: (await getPublicPartnership())?.id ?? null,
    });
    if (outcome.kind === 'limited') throw new UserFacingError(PASSCODE_LIMITED);
    if (outcome.kind === 'gone') throw new UserFacingError(LINK_GONE);
    if (outcome.kind === 'locked') redirect(pagePath(input.token));
    if (outcome.kind === 'wrong') throw new UserFacingError(PASSCODE_WRONG, 'passcode');
    await rememberLinkGrant(input.token, outcome.grant, outcome.expiresAt);
    redirect(pagePath(input.token));
  },
});

export const confirmTransferReceipt = defineAction({
  name: 'transfer.link.receipt',
  schema: linkReceiptSchema,
  authorise: async () => null,
  run: async (input) => {
    if (!isSecretToken(input.token)) throw new UserFacingError(LINK_GONE);
    const done = await confirmLinkReceipt({
      ...input,
      grant: await linkGrant(),
      site: (await getPublicPartnership())?.id ?? null,
    });
    if (!done) throw new UserFacingError(LINK_GONE);
    await forgetLinkGrant(input.token);
    redirect(`${pagePath(input.token)}/received`);
  },
});
