// The report journey's error messages come from its zod schemas in English and are shown in the parent's
// language through the catalogue's `errors` (lib/i18n/get-form-words.ts). A message missing there would
// show in English on a Welsh page: this finds every message the journey's schemas give and looks for it.
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import {
  emailInsteadSchema,
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
// cannot keep it asks for an email address instead. /check asks for the reference and secret code.
const SCHEMAS = [
  ...JOURNEY.map((name) => FORM_SCHEMAS[name]),
  keepCodeSchema,
  emailInsteadSchema,
  FORM_SCHEMAS.receiptCheck,
];

function journeyMessages(): Set<string> {
  const found = new Set<string>();
  for (const schema of SCHEMAS)
    for (const attempt of [
      ...ATTEMPTS,
      { reporterEmail: '', code: '', reference: '', receipt: '' },
      { reporterEmail: 'bad' },
    ]) {
      const result = schema.safeParse(attempt);
      // zod's own "Invalid input: expected string" is for a text box missing from the post, which no
      // browser sends (it posts an empty box); a parent never sees it.
      for (const issue of result.error?.issues ?? [])
        if (!issue.message.startsWith('Invalid input')) found.add(issue.message);
    }
  return found;
}

describe('the report journey’s error messages', () => {
  it('are each in the catalogue, so a parent reads them in their own language', () => {
    const catalogued = new Set(Object.values(en.errors));
    const messages = [
      ...journeyMessages(),
      FILES_REFUSED,
      KEPT_CODE_WRONG,
      KEPT_CODE_LIMITED,
      RECEIPT_CHECK_WRONG,
      RECEIPT_CHECK_LIMITED,
      RECEIPT_CHECK_BUSY,
    ];
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.filter((m) => !catalogued.has(m))).toEqual([]);
  });
});
