import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/** To the front door and the school's deputies: a concern has waited too long without being opened. */
export function escalationEmail(input: {
  teamName: string;
  reference: string;
  urgent: boolean;
  waited: string;
  site: string;
}): RenderedEmail {
  const subject = `${input.urgent ? 'URGENT: ' : ''}Nobody has opened a safeguarding concern for ${input.teamName} (reference ${input.reference})`;
  return renderEmail(subject, [
    {
      text: `A safeguarding concern for ${input.teamName} has not been opened after ${input.waited}. Please make sure someone looks at it.`,
    },
    { text: `The reference is ${input.reference}.` },
    {
      text: 'Sign in to read it:',
      link: { href: appLink('/cases', input.site), label: 'sign in to view the concern' },
    },
    { text: 'This email does not contain any details of the concern. Do not reply to it.' },
  ]);
}
