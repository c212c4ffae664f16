import 'server-only';
import { appLink, renderEmail, type EmailLanguage, type RenderedEmail } from './render-email';

/**
 * To a parent who gave an email address: we have it, here is the reference. Nothing about the concern. In
 * the language they wrote the report in (catalogue `emails`).
 */
export function reporterAcknowledgementEmail(input: {
  reference: string;
  site: string;
  language: EmailLanguage;
}): RenderedEmail {
  const { reference, language } = input;
  const { say } = language;
  return renderEmail(
    say('emails.acknowledgement.subject', { reference }),
    [
      { text: say('emails.acknowledgement.thanks') },
      { text: say('emails.acknowledgement.reference', { reference }) },
      {
        text: say('emails.acknowledgement.check'),
        link: { href: appLink('/check', input.site), label: say('emails.acknowledgement.checkLink') },
      },
      { text: say('emails.danger') },
    ],
    language.tag,
  );
}
