import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

// The three emails of a child protection file transfer (lib/transfers/). Like every staff email: the
// reference and a link behind sign-in, never a word of the case.

const NO_DETAILS = 'This email does not contain any details of the case. Do not reply to it.';

/**
 * The case a transfer names, or each case of a child's whole file (its lead first): the subject names the
 * first and how many more, the body every one, so a search of the mailbox for any of them finds the email.
 */
function named(references: string[]): { subject: string; body: string } {
  const [first, ...more] = references;
  if (more.length === 0) return { subject: `reference ${first}`, body: `The reference is ${first}.` };
  return {
    subject: `reference ${first} and ${more.length} more`,
    body: `This is a child's whole file, of ${references.length} cases. The references are ${references.slice(0, -1).join(', ')} and ${references.at(-1)}.`,
  };
}

/** To the receiving school's DSLs: a file is waiting for them to check and accept. */
export function transferSentEmail(input: {
  fromSchool: string;
  references: string[];
  transferId: string;
  site: string;
}): RenderedEmail {
  const cases = named(input.references);
  return renderEmail(`A child protection file has been sent to your school (${cases.subject})`, [
    {
      text: `${input.fromSchool} has sent your school a child protection file for a child who is joining you. Please check it and confirm you have received it within 5 school days.`,
    },
    { text: cases.body },
    {
      text: 'Sign in to see it:',
      link: {
        href: appLink(`/transfers/${input.transferId}`, input.site),
        label: 'sign in to view the transfer',
      },
    },
    { text: NO_DETAILS },
  ]);
}

/** To the sending school's DSLs at school day 3: the new school has not confirmed receipt yet. */
export function transferReminderEmail(input: {
  references: string[];
  toSchool: string;
  due: string;
  site: string;
}): RenderedEmail {
  const cases = named(input.references);
  return renderEmail(`The child protection file you sent has not been received yet (${cases.subject})`, [
    {
      text: `${input.toSchool} has not yet confirmed it received the child protection file you sent. It is due by ${input.due}. You may want to call their safeguarding lead.`,
    },
    { text: cases.body },
    {
      text: 'Sign in to see your transfers:',
      link: { href: appLink('/transfers', input.site), label: 'sign in to view your transfers' },
    },
    { text: NO_DETAILS },
  ]);
}

/** To the front door of the receiving partnership at school day 5: the file is overdue. */
export function transferOverdueEmail(input: { references: string[]; toSchool: string }): RenderedEmail {
  const cases = named(input.references);
  return renderEmail(`A child protection file transfer is overdue (${cases.subject})`, [
    {
      text: `A child protection file sent to ${input.toSchool} has not been confirmed as received within 5 school days. Please check the child's new school has it.`,
    },
    { text: cases.body },
    { text: NO_DETAILS },
  ]);
}

/**
 * To the safeguarding lead of a school not on the service (an emailed link): where to collect the file.
 * No reference and no word of the child: the link opens only with the passcode the sending school gives
 * by phone, and stops working after 7 days or once the receipt is confirmed.
 */
export function transferLinkEmail(input: {
  fromSchool: string;
  toSchool: string;
  link: string;
  expires: string;
}): RenderedEmail {
  return renderEmail(`${input.fromSchool} has sent you a child protection file`, [
    {
      text: `${input.fromSchool} has sent ${input.toSchool} a child protection file for a child who is joining your school. It is for your designated safeguarding lead.`,
    },
    {
      text: 'Open the file here:',
      link: { href: input.link, label: 'open the child protection file' },
    },
    {
      text: `You will need a passcode. ${input.fromSchool} will give it to you by phone. We never send it by email.`,
    },
    {
      text: `The link works until ${input.expires}, and only until you confirm on the page that you have received the file. After 10 wrong passcodes it stops working.`,
    },
    {
      text: 'If you were not expecting this, do not open the link: tell the school that sent it. Do not reply to this email.',
    },
  ]);
}
