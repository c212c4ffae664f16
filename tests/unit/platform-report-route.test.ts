import { describe, expect, it } from 'vitest';
import { platformSchema } from '@/lib/reference-data/reference-data-schema';
import { adviceSchema } from '@/lib/warnings/advice-schema';

// A platform's own reporting route, kept as data: a link to its help centre and two or three plain steps.
// The operator edits the national one; a partnership may write its own. Both forms check them the same way.
const national = (route: { reportUrl?: string; reportSteps?: string }) =>
  platformSchema.safeParse({
    name: 'ChatApp',
    ageRating: '',
    advice: '',
    sortOrder: '5',
    'closedOn-day': '',
    'closedOn-month': '',
    'closedOn-year': '',
    reportUrl: '',
    reportSteps: '',
    ...route,
  });
const own = (route: { reportUrl?: string; reportSteps?: string }) =>
  adviceSchema.safeParse({
    platform: 'chatapp',
    advice: '',
    privacyAdvice: '',
    reportingAdvice: '',
    reportUrl: '',
    reportSteps: '',
    ...route,
  });
const errorOf = (r: ReturnType<typeof national> | ReturnType<typeof own>) =>
  r.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe.each([
  ['national (operator)', national],
  ['a partnership’s own', own],
] as const)('the reporting route, %s', (_, parse) => {
  it('keeps an https link to a real host and two or three steps, one per line', () => {
    const r = parse({
      reportUrl: ' https://help.example.com/report ',
      reportSteps: 'Open the chat.\r\n\r\n  Press and hold the message.  \nChoose Report.\n',
    });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      reportUrl: 'https://help.example.com/report',
      reportSteps: ['Open the chat.', 'Press and hold the message.', 'Choose Report.'],
    });
  });

  it('leaves both empty when nothing is typed', () => {
    expect(parse({}).data).toMatchObject({ reportUrl: null, reportSteps: [] });
  });

  it.each([
    'http://help.example.com/report',
    'javascript:alert(1)',
    'https://localhost/report',
    'https://192.168.1.1/report',
    'https://[::1]/report',
    'https://user:pass@help.example.com/',
    'help.example.com/report',
    'https://help.example.123/',
    'https://help.example.com:8443/',
  ])('refuses %s as the link', (reportUrl) => {
    expect(errorOf(parse({ reportUrl }))).toEqual([
      {
        path: 'reportUrl',
        message: 'Enter the full address of the platform’s reporting page, starting with https://',
      },
    ]);
  });

  it('refuses a link over 500 characters', () => {
    const reportUrl = `https://help.example.com/${'a'.repeat(480)}`;
    expect(errorOf(parse({ reportUrl }))).toEqual([
      { path: 'reportUrl', message: 'The link must be 500 characters or fewer' },
    ]);
  });

  it.each([
    ['one step', 'Choose Report.'],
    ['four steps', 'One.\nTwo.\nThree.\nFour.'],
  ])('refuses %s', (_, reportSteps) => {
    expect(errorOf(parse({ reportSteps }))).toEqual([
      { path: 'reportSteps', message: 'Enter two or three steps, each on its own line' },
    ]);
  });

  it('refuses a step over 200 characters', () => {
    expect(errorOf(parse({ reportSteps: `Open the chat.\n${'a'.repeat(201)}` }))).toEqual([
      { path: 'reportSteps', message: 'Each step must be 200 characters or fewer' },
    ]);
  });
});
