import 'server-only';
import { appLink, renderEmail, type EmailLanguage, type RenderedEmail } from './render-email';

/**
 * To a parent: there is a message for them. Never what it says (they read it on the follow-up page, as
 * the team wrote it). In the language they wrote the report in (catalogue `emails`).
 */
export function reporterNewMessageEmail(input: {
  reference: string;
  site: string;
  language: EmailLanguage;
}): RenderedEmail {
  const { reference, language } = input;
  const { say } = language;
  return renderEmail(
    say('emails.newMessage.subject', { reference }),
    [
      { text: say('emails.newMessage.body', { reference }) },
      {
        text: say('emails.newMessage.read'),
        link: { href: appLink('/check', input.site), label: say('emails.newMessage.readLink') },
      },
      { text: say('emails.danger') },
    ],
    language.tag,
  );
}
