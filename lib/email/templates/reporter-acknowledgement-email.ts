import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/** To a parent who gave an email address: we have it, here is the reference. Nothing about the concern. */
export function reporterAcknowledgementEmail(input: { reference: string; site: string }): RenderedEmail {
  return renderEmail(`We have your report (reference ${input.reference})`, [
    { text: 'Thank you for telling us. We have your report and have passed it to the right people.' },
    { text: `Your reference is ${input.reference}. Keep it with the secret code we showed you.` },
    {
      text: 'To check for news or send more information, use your reference and secret code here:',
      link: { href: appLink('/check', input.site), label: 'check your report' },
    },
    { text: 'If a child is in danger right now, call 999.' },
  ]);
}
