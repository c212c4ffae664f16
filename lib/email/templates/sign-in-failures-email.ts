import 'server-only';
import { SERVICE_NAME } from '@/lib/service';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/** To a member of staff whose account has had many wrong passwords: plain words, nothing about who tried. */
export function signInFailuresEmail(): RenderedEmail {
  return renderEmail(`Someone tried to sign in to your account – ${SERVICE_NAME}`, [
    {
      text: 'Someone has tried to sign in to your staff account many times in the last hour with the wrong password.',
    },
    {
      text: 'If this was you, you do not need to do anything. You can still sign in with your password and your authenticator app.',
    },
    {
      text: 'If this was not you, the attempts failed, but to be safe choose a new password that you do not use anywhere else:',
      link: { href: appLink('/forgotten-password'), label: 'choose a new password' },
    },
    { text: 'Do not reply to this email.' },
  ]);
}
