// What the app emailed, as the recipient got it: the shared app's worker sends each queued email to the
// mail catcher `npm test` started, and blanks the stored bodies once sent, so tests read the catcher.
import { readCaughtMail, type CaughtMail } from '../../lib/email/catcher';
import { waitFor } from './own-app';

/** The newest email to this address whose subject matches, once it has been delivered. */
export async function caughtMailTo(to: string, subject: RegExp): Promise<CaughtMail> {
  return waitFor(`an email to ${to}`, async () =>
    (await readCaughtMail(process.env.MAIL_CATCHER_DIR as string)).find(
      (mail) => mail.to.includes(to) && subject.test(mail.subject),
    ),
  );
}
