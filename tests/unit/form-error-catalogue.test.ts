// The report journey's error messages come from its zod schemas in English and are shown in the parent's
// language through the catalogue's `errors` (lib/i18n/get-form-words.ts). A message missing there would
// show in English on a Welsh page: this finds every message the journey's schemas give and looks for it.
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import {
  emailInsteadSchema,
  FOLLOW_UP_WORDS,
  FORM_SCHEMAS,
  KEPT_CODE_LIMITED,
  KEPT_CODE_WRONG,
  keepCodeSchema,
  RECEIPT_CHECK_BUSY,
  RECEIPT_CHECK_LIMITED,
  RECEIPT_CHECK_WRONG,
} from '@/lib/reporting/schemas';
import { FILES_REFUSED } from '@/lib/reporting/refuse-files';

const JOURNEY = [
  'danger',
  'schoolSearch',
  'schoolChoice',
  'child',
  'platforms',
  'whatHappened',
  'description',
  'aboutYou',
  'accounts',
  'alreadyReported',
] as const;
const long = 'a'.repeat(6000);
const accountField = (i: number) => `account-00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const ACCOUNT = accountField(0);
const TEXT_FIELDS = [
  'schoolQuery',
  'schoolOther',
  'childName',
  'childAge',
  'childYear',
  'platformOther',
  'harmOther',
  'description',
  'relationshipOther',
  'reporterName',
  'reporterEmail',
  'reporterPhone',
  'reporterSafeTimes',
];
const ATTEMPTS: Record<string, unknown>[] = [
  {},
  Object.fromEntries(TEXT_FIELDS.map((f) => [f, long])),
  { ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, long])), contact: 'CONTACT', school: 'x' },
  { childAge: 'x', childYear: 'Year 99' },
  { childAge: '30' },
  { relationship: 'OTHER', contact: 'CONTACT' },
  { relationship: 'OTHER', contact: 'CONTACT', reporterName: 'A', reporterEmail: 'bad', reporterPhone: 'x' },
  { personWasAdult: 'MAYBE' },
  { reportedToPlatform: 'MAYBE' },
  // The stranger's account question: a box per platform chosen (none, too long, nothing usable, too many).
  { [ACCOUNT]: long },
  { [ACCOUNT]: '@' },
  Object.fromEntries(Array.from({ length: 41 }, (_, i) => [accountField(i), 'x'])),
];

// After sending: the confirmation page asks for the end of the secret code; the page for a parent who
// cannot keep it asks for an email address instead. /check asks for the reference and secret code, and
// the follow-up page takes a message, something added, a review request and what a platform did.
const SCHEMAS = [
  ...JOURNEY.map((name) => FORM_SCHEMAS[name]),
  keepCodeSchema,
  emailInsteadSchema,
  FORM_SCHEMAS.receiptCheck,
  FORM_SCHEMAS.reporterMessage,
  FORM_SCHEMAS.addInformation,
  FORM_SCHEMAS.reviewRequest,
  FORM_SCHEMAS.platformResponses,
];

function journeyMessages(): Set<string> {
  const found = new Set<string>();
  for (const schema of SCHEMAS)
    for (const attempt of [
      ...ATTEMPTS,
      { reporterEmail: '', code: '', reference: '', receipt: '', message: '', information: '' },
      { message: long, information: long, reason: long },
      { 'response-0190a2b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b': 'MAYBE' },
      { reporterEmail: 'bad' },
    ]) {
      const result = schema.safeParse(attempt);
      // zod's own "Invalid input: expected string" is for a text box missing from the post, which no
      // browser sends (it posts an empty box), and "Unrecognized key" for a field of another form posted
      // to a strict one; a parent never sees either.
      for (const issue of result.error?.issues ?? [])
        if (!/^(Invalid input|Unrecognized key)/.test(issue.message)) found.add(issue.message);
    }
  return found;
}

describe('the report journey’s error messages', () => {
  it('are each in the catalogue, so a parent reads them in their own language', () => {
    // Errors, and the follow-up page's notices after a message is sent or something is added.
    const catalogued = new Set([...Object.values(en.errors), ...Object.values(en.notices)]);
    const messages = [
      ...journeyMessages(),
      FILES_REFUSED,
      KEPT_CODE_WRONG,
      KEPT_CODE_LIMITED,
      RECEIPT_CHECK_WRONG,
      RECEIPT_CHECK_LIMITED,
      RECEIPT_CHECK_BUSY,
      ...Object.values(FOLLOW_UP_WORDS),
    ];
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.filter((m) => !catalogued.has(m))).toEqual([]);
  });
});
