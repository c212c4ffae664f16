import 'server-only';
import { formatDateTime } from '@/lib/format/dates';
import { SERVICE_NAME } from '@/lib/service';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * To a partnership's administrators, at most once a day while it lasts: the worker cannot re-check staff's
 * work accounts with one of its sign-in providers, so those sessions will end. The button's name (typed by
 * an administrator of the same partnership), counts and times only; the rest is on the admin page.
 */
export function signInProviderFailingEmail(input: {
  displayName: string;
  failure: string | null;
  sessions: number;
  firstEnds: Date | null;
  site: string;
}): RenderedEmail {
  const why =
    input.failure === 'refused-us'
      ? 'The service refused our connection. Its client secret may have expired: check it in your Microsoft, Google or other account settings and save a new one here.'
      : 'We could not reach the service. If this carries on, check its issuer address.';
  const lapse =
    input.sessions === 0
      ? 'Nobody is signed in through it at the moment.'
      : `${input.sessions} staff session${input.sessions === 1 ? '' : 's'} signed in through it will end, the first at ${formatDateTime(input.firstEnds ?? new Date())}, unless the checks work again before then.`;
  return renderEmail(`Work account sign-in is not being checked – ${SERVICE_NAME}`, [
    {
      text: `We check every few hours that staff who signed in with "Sign in with ${input.displayName}" still have their work account. These checks keep failing.`,
    },
    { text: why },
    { text: lapse },
    {
      text: 'See the details and change the settings:',
      link: { href: appLink('/admin/sign-in', input.site), label: 'work account sign-in settings' },
    },
    { text: 'Do not reply to this email.' },
  ]);
}
