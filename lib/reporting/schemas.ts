// One zod schema per question page, shared by the server actions (the rule) and the browser (instant
// feedback). Unknown fields are stripped, not refused: a parent's browser may add its own. Messages use
// GOV.UK wording. No 'server-only' here: the client imports these too.
import { z } from 'zod';
import {
  ACCOUNT_IDENTIFIER_MAX,
  normaliseAccountIdentifier,
} from '@/lib/account-identifiers/normalise-account-identifier';
import { deliverableEmail, freeText, isDeliverableEmail, PHONE } from '@/lib/actions/text-fields';

// In the browser these run under a CSP without 'unsafe-eval': zod must not try `new Function` to speed up
// parsing (the attempt alone is a reported CSP violation). Forms are small; the plain path is fast enough.
z.config({ jitless: true });

const text = (max: number, tooLong: string) => freeText().max(max, tooLong);
const optionalText = (max: number, tooLong: string) =>
  z.preprocess((v) => (v === undefined ? '' : v), text(max, tooLong));
/** Checkboxes arrive as nothing, one string or several. */
const list = (message: string) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().max(60)).min(1, message).max(40),
  );
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

export const WHEN = ['TODAY', 'THIS_WEEK', 'THIS_MONTH', 'LONGER_AGO', 'NOT_SURE'] as const;
export const YES_NO_UNSURE = ['YES', 'NO', 'NOT_SURE'] as const;
/** "Have you already reported it to the app or website?" */
export const REPORTED_TO_PLATFORM = ['YES', 'NO', 'NOT_YET'] as const;
export const RELATIONSHIPS = [
  'PARENT_OR_CARER',
  'OTHER_FAMILY',
  'FAMILY_FRIEND',
  'PROFESSIONAL',
  'OTHER',
] as const;
/** The answers to "which school" that are not a school in the list: these go to the front-door team. */
export const NO_SCHOOL = ['NOT_AT_SCHOOL', 'NOT_FOUND', 'OUTSIDE_AREA'] as const;

export const dangerSchema = z.object({
  immediateDanger: choice(['yes', 'no'] as const, 'Select yes if a child is in danger right now'),
});

export const schoolSearchSchema = z.object({
  schoolQuery: text(100, 'The school’s name, town or postcode must be 100 characters or fewer').min(
    2,
    'Enter the school’s name, town or postcode',
  ),
});

export const schoolChoiceSchema = z
  .object({
    school: z.string({ error: 'Select the child’s school, or say it is not listed' }).min(1).max(60),
    schoolOther: optionalText(200, 'The school’s name must be 200 characters or fewer'),
  })
  .refine(
    (v) => (NO_SCHOOL as readonly string[]).includes(v.school) || z.uuid().safeParse(v.school).success,
    {
      path: ['school'],
      message: 'Select the child’s school, or say it is not listed',
    },
  );

// The words each language's page uses for a school year and for Reception (messages/<code>.json,
// report.child.yearNumber and .reception), so the year a page shows back is read again as it was.
const YEAR_WORDS = 'year|yr|y|blwyddyn|bl|klasa|anul|ایئر|ਈਅਰ|السنة|ইয়ার'.normalize('NFC');
const RECEPTION_WORDS = new Set(
  ['reception', 'r', 'derbyn', 'zerówka', 'pregătitoare', 'ریسیپشن', 'ਰਿਸੈਪਸ਼ਨ', 'الاستقبال', 'রিসেপশন'].map(
    (word) => word.normalize('NFC'),
  ),
);
const YEAR = new RegExp(`^(?:(?:${YEAR_WORDS})\\s*)?(\\d{1,2})$`, 'u');
/** The zero of each set of digits a page may show a number in: Arabic, Urdu, Devanagari, Bengali, Gurmukhi. */
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66];

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f]/g, (digit) => {
    const point = digit.codePointAt(0) ?? 0;
    return String(point - (ZEROS.find((zero) => point >= zero && point < zero + 10) ?? point));
  });
}

/**
 * "7", "Year 7", "year7", "Reception", "R", and each language's own words as its page shows them back
 * ("Blwyddyn 7", "Derbyn", "Klasa 7", "ইয়ার ৭") → 0..13; else NaN.
 */
export function parseSchoolYear(input: string): number {
  const value = asciiDigits(input.trim().toLowerCase().normalize('NFC'));
  if (RECEPTION_WORDS.has(value)) return 0;
  const match = YEAR.exec(value);
  return match ? Number(match[1]) : Number.NaN;
}

export const childSchema = z
  .object({
    childName: optionalText(60, 'First name or initials must be 60 characters or fewer'),
    childAge: optionalText(3, 'Age must be a number, like 9'),
    childYear: optionalText(20, 'School year must be like Year 5 or Reception'),
  })
  .superRefine((v, ctx) => {
    if (!v.childAge && !v.childYear)
      ctx.addIssue({ code: 'custom', path: ['childAge'], message: 'Enter the child’s age or school year' });
    if (v.childAge && !/^\d{1,2}$/.test(v.childAge))
      ctx.addIssue({ code: 'custom', path: ['childAge'], message: 'Age must be a number, like 9' });
    else if (v.childAge && (Number(v.childAge) < 0 || Number(v.childAge) > 18))
      ctx.addIssue({ code: 'custom', path: ['childAge'], message: 'Age must be between 0 and 18' });
    const year = v.childYear ? parseSchoolYear(v.childYear) : 0;
    if (v.childYear && !(year >= 0 && year <= 13))
      ctx.addIssue({
        code: 'custom',
        path: ['childYear'],
        message: 'School year must be Reception or a year from 1 to 13, like Year 5',
      });
  });

export const platformsSchema = z.object({
  platforms: list('Select where it happened'),
  platformOther: optionalText(100, 'The name of the app or website must be 100 characters or fewer'),
});

/** The stranger's account question: one box per platform chosen, named `account-<platform id>`. */
export const ACCOUNT_FIELD = /^account-[0-9a-f-]{36}$/;
const onlyAccountFields = (v: unknown) =>
  v && typeof v === 'object'
    ? Object.fromEntries(Object.entries(v).filter(([k]) => ACCOUNT_FIELD.test(k)))
    : v;
export const accountsSchema = z.preprocess(
  onlyAccountFields,
  z
    .record(
      z.string().regex(ACCOUNT_FIELD),
      optionalText(ACCOUNT_IDENTIFIER_MAX, 'The name or link must be 100 characters or fewer').refine(
        (v) => !v || normaliseAccountIdentifier('', v) !== null,
        'Enter the name or link, or leave the box empty',
      ),
    )
    // The page shows a box per platform chosen: a form with none did not come from it (or came before
    // the platforms were chosen), and would only start an empty journey.
    .refine((v) => Object.keys(v).length >= 1, 'Choose where it happened first')
    .refine((v) => Object.keys(v).length <= 40, 'Choose fewer apps or websites'),
);

// Optional: a parent who skips it just continues.
export const alreadyReportedSchema = z.object({
  reportedToPlatform: choice(
    REPORTED_TO_PLATFORM,
    'Select if you have reported it to the app or website',
  ).optional(),
});

export const whatHappenedSchema = z.object({
  harms: list('Select what happened'),
  harmOther: optionalText(200, 'What else happened must be 200 characters or fewer'),
  // Optional: a parent who does not know can skip it; "I do not know" is kept only when chosen.
  personWasAdult: choice(YES_NO_UNSURE, 'Select if you think the person was an adult').optional(),
  happened: choice(WHEN, 'Select when it happened'),
  stillHappening: choice(YES_NO_UNSURE, 'Select if it is still happening'),
  childKnows: choice(YES_NO_UNSURE, 'Select if the child knows you are telling us'),
});

export const DESCRIPTION_MAX = 5000;
export const descriptionSchema = z.object({
  description: text(DESCRIPTION_MAX, 'Description must be 5,000 characters or fewer').min(
    1,
    'Enter a description of what happened',
  ),
});

/** Contact details typed before choosing "stay anonymous" are not answers: dropped before any check. */
const CONTACT_FIELDS = ['reporterName', 'reporterEmail', 'reporterPhone', 'reporterSafeTimes'] as const;
const withoutContactIfAnonymous = (v: unknown) =>
  v && typeof v === 'object' && (v as { contact?: unknown }).contact === 'ANONYMOUS'
    ? Object.fromEntries(
        Object.entries(v).filter(([key]) => !(CONTACT_FIELDS as readonly string[]).includes(key)),
      )
    : v;

const aboutYouFields = z
  .object({
    relationship: choice(RELATIONSHIPS, 'Select how you know the child'),
    relationshipOther: optionalText(100, 'How you know the child must be 100 characters or fewer'),
    contact: choice(
      ['CONTACT', 'ANONYMOUS'] as const,
      'Select if we can contact you or you want to stay anonymous',
    ),
    reporterName: optionalText(100, 'Your name must be 100 characters or fewer'),
    reporterEmail: optionalText(320, 'Email address must be 320 characters or fewer'),
    reporterPhone: optionalText(30, 'Phone number must be 30 characters or fewer'),
    reporterSafeTimes: optionalText(300, 'When it is safe to contact you must be 300 characters or fewer'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.relationship === 'OTHER' && !v.relationshipOther)
      issue('relationshipOther', 'Enter how you know the child');
    if (v.contact !== 'CONTACT') return;
    if (!v.reporterName) issue('reporterName', 'Enter your name');
    if (!v.reporterEmail && !v.reporterPhone)
      issue('reporterEmail', 'Enter an email address or a phone number');
    if (v.reporterEmail && !isDeliverableEmail(v.reporterEmail))
      issue('reporterEmail', 'Enter an email address in the correct format, like name@example.com');
    if (v.reporterPhone && !PHONE.test(v.reporterPhone))
      issue('reporterPhone', 'Enter a phone number, like 01632 960 001 or 07700 900 982');
  });
export const aboutYouSchema = z.preprocess(withoutContactIfAnonymous, aboutYouFields);

/** The send form: only the honeypot. The answers come from the server-side draft. */
export const sendSchema = z.object({
  website: optionalText(500, ''),
  /** Handed back by a send that gave up waiting (send-actions.ts): the token the journey moved to if that
   * send committed after all. Checked against the journey's own token, so a made-up one opens nothing. */
  sentToken: optionalText(100, ''),
});

/** What /check's action answers (lib/follow-up/follow-up-actions.ts), here so the catalogue test finds them. */
export const RECEIPT_CHECK_WRONG = 'The reference or secret code is not right. Check them and try again.';
export const RECEIPT_CHECK_LIMITED = 'You have tried too many times. Please wait 15 minutes and try again.';
export const RECEIPT_CHECK_BUSY =
  'Too many people are checking reports right now. Please try again in a minute.';

export const receiptCheckSchema = z.object({
  reference: text(30, 'Enter your reference, like K7QM-4X9T').min(1, 'Enter your reference, like K7QM-4X9T'),
  receipt: text(40, 'Enter your secret code').min(1, 'Enter your secret code'),
});

/**
 * The follow-up forms' one-time key, made when the page renders: the server stores one write per key, so
 * a double press or a resend after a network failure is not stored twice.
 */
const sendKey = z.uuid({ error: 'This page is out of date. Reload the page, then send it again.' });

export const reporterMessageSchema = z.object({
  sendKey,
  message: text(DESCRIPTION_MAX, 'Your message must be 5,000 characters or fewer').min(
    1,
    'Enter your message',
  ),
});

export const addInformationSchema = z.object({
  sendKey,
  information: text(DESCRIPTION_MAX, 'The information must be 5,000 characters or fewer').min(
    1,
    'Enter the information you want to add',
  ),
});

/** The follow-up page's "Not happy with how your report was handled?" (lib/reviews/): a reason is optional. */
export const REVIEW_REASON_MAX = 2000;
export const reviewRequestSchema = z.strictObject({
  reason: optionalText(REVIEW_REASON_MAX, 'What you are unhappy about must be 2,000 characters or fewer'),
});
/** What the review action answers when one is open already (lib/follow-up/follow-up-actions.ts). */
export const REVIEW_ALREADY_OPEN =
  'You have already asked us to look at your report again. We are looking at it now.';
/**
 * What the follow-up page's actions answer (lib/follow-up/follow-up-actions.ts), here so the catalogue test
 * finds them: the page shows each in the parent's language (catalogue `errors` and `notices`).
 */
export const FOLLOW_UP_WORDS = {
  messageNotSent: 'Your message was not sent. Try again.',
  addedNotSent: 'What you added was not sent. Try again.',
  writeLimited:
    'You have sent a lot in a short time, so nothing was saved. Please wait an hour and try again.',
  messageSent: 'Your message has been sent to the safeguarding team.',
  added: 'Thank you. We have added this to your report.',
  answerNotSaved: 'Your answer was not saved. Try again.',
  answerSaved: 'Thank you. We have saved your answer.',
} as const;
/** What a platform did when the parent reported it there (follow-up page); one radio group per platform. */
export const PLATFORM_RESPONSES = ['REMOVED', 'NO_REPLY', 'REFUSED', 'DONT_KNOW'] as const;
const RESPONSE_FIELD = /^response-[0-9a-f-]{36}$/;
export const platformResponsesSchema = z.preprocess(
  (v) =>
    v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([k]) => RESPONSE_FIELD.test(k)))
      : v,
  z
    .record(
      z.string().regex(RESPONSE_FIELD),
      choice(PLATFORM_RESPONSES, 'Select what happened when you reported it'),
    )
    .refine((v) => Object.keys(v).length >= 1, 'Select what happened on at least one app or website')
    .refine((v) => Object.keys(v).length <= 40, 'Select what happened on at least one app or website'),
);

/** By name, so a client component can pick the schema its server action uses. */
export const FORM_SCHEMAS = {
  danger: dangerSchema,
  schoolSearch: schoolSearchSchema,
  schoolChoice: schoolChoiceSchema,
  child: childSchema,
  platforms: platformsSchema,
  accounts: accountsSchema,
  alreadyReported: alreadyReportedSchema,
  whatHappened: whatHappenedSchema,
  description: descriptionSchema,
  aboutYou: aboutYouSchema,
  receiptCheck: receiptCheckSchema,
  reporterMessage: reporterMessageSchema,
  addInformation: addInformationSchema,
  reviewRequest: reviewRequestSchema,
  platformResponses: platformResponsesSchema,
} as const;
export type FormSchemaName = keyof typeof FORM_SCHEMAS;

/** The confirmation page's check that the parent kept their secret code: the whole code or its last group. */
/** What the keep-code action answers (lib/reporting/keep-code-actions.ts), here so the catalogue test finds them. */
export const KEPT_CODE_WRONG =
  'That is not the end of your secret code. Type the last 4 letters and numbers of the code shown above';
export const KEPT_CODE_LIMITED = 'You have tried too many times. Wait 15 minutes, then try again.';

export const keepCodeSchema = z.object({
  code: text(40, 'Enter the last 4 letters and numbers of your secret code').min(
    1,
    'Enter the last 4 letters and numbers of your secret code',
  ),
});

/** An email address given instead of keeping the secret code (only a parent who did not stay anonymous). */
export const emailInsteadSchema = z.object({
  reporterEmail: text(320, 'Enter an email address in the correct format, like name@example.com')
    .min(1, 'Enter your email address')
    .pipe(deliverableEmail('Enter an email address in the correct format, like name@example.com')),
});

/** "Leave without the code": nothing to answer. */
export const leaveWithoutCodeSchema = z.object({});
