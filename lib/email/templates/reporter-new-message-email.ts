import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/** To a parent: there is a message for them. Never what it says. */
export function reporterNewMessageEmail(input: { reference: string; site: string }): RenderedEmail {
  return renderEmail(`There is a new message about your concern (reference ${input.reference})`, [
    { text: `There is a new message about the concern you reported (reference ${input.reference}).` },
    {
      text: 'To read it, enter your reference and your secret code here:',
      link: { href: appLink('/check', input.site), label: 'read the message' },
    },
    { text: 'If a child is in danger right now, call 999.' },
  ]);
}
