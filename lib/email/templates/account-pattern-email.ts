import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * To the front-door team: reports from more than one family name the same online account. Nothing of the
 * account, the platform or the children is in it; the patterns page, behind sign-in, has the rest.
 */
export function accountPatternEmail(site: string): RenderedEmail {
  return renderEmail('Several reports may be about the same online account — sign in to see them', [
    {
      text: 'Two or more reports in your area gave the same name or link for the person who contacted a child.',
    },
    {
      text: 'Sign in to see the pattern:',
      link: { href: appLink('/patterns', site), label: 'see the patterns' },
    },
    { text: 'This email does not contain any details of the reports. Do not reply to it.' },
  ]);
}
