import { describe, expect, it } from 'vitest';
import { contrastWithWhite, headerStyle } from '@/lib/branding/brand-colour';
import { brandingSchema } from '@/lib/branding/branding-schema';

const form = (overrides: Record<string, string> = {}) => ({
  shortName: 'Southvale SCP',
  brandColour: '#1d4f91',
  generalPhone: '01632 960 100',
  dataControllerName: 'Southvale Council',
  privacyNoticeUrl: 'https://southvale.example/privacy',
  privacyNoticeText: '',
  ...overrides,
});
const messages = (input: Record<string, unknown>) =>
  brandingSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('a partnership’s brand colour', () => {
  it('measures contrast with white text as WCAG does', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
  });

  it('is kept in lower case when white text on it can be read', () => {
    expect(brandingSchema.parse(form({ brandColour: ' #1D4F91 ' })).brandColour).toBe('#1d4f91');
    expect(brandingSchema.parse(form({ brandColour: '' })).brandColour).toBeNull();
  });

  it('is refused in plain words when it is not #rrggbb or too light for white text', () => {
    expect(messages(form({ brandColour: 'blue' }))).toEqual([
      'brandColour: Enter the colour as # and 6 letters or numbers, like #1d4f91',
    ]);
    expect(messages(form({ brandColour: '#fff' }))).toHaveLength(1);
    expect(messages(form({ brandColour: '#ffdd00' }))).toEqual([
      'brandColour: This colour is too light for white writing on it. Choose a darker colour.',
    ]);
  });
});

describe('the header bar’s style sheet', () => {
  it('paints the bar only with a colour of the form #rrggbb', () => {
    expect(headerStyle('#1d4f91')).toBe('html .app-header{background-color:#1d4f91}');
    for (const colour of [null, '', 'red', '#1d4f91}body{display:none', '#1D4F91'])
      expect(headerStyle(colour)).toBeNull();
  });
});

describe('the branding form', () => {
  it('keeps only what it asks for: never a partnership chosen by the client', () => {
    expect(brandingSchema.safeParse({ ...form(), partnershipId: 'someone-else' }).success).toBe(false);
  });

  it('takes only https addresses for the privacy notice', () => {
    for (const url of ['http://southvale.example/privacy', 'javascript:alert(1)', 'southvale.example'])
      expect(messages(form({ privacyNoticeUrl: url }))).toEqual([
        'privacyNoticeUrl: Enter the full web address, starting with https://',
      ]);
  });

  it('keeps each answer within its limit', () => {
    expect(messages(form({ shortName: 'x'.repeat(61) }))).toHaveLength(1);
    expect(messages(form({ dataControllerName: 'x'.repeat(201) }))).toHaveLength(1);
    expect(messages(form({ privacyNoticeText: 'x'.repeat(2001) }))).toHaveLength(1);
    expect(messages(form({ privacyNoticeUrl: `https://a.example/${'x'.repeat(500)}` }))).toHaveLength(1);
    expect(messages(form({ generalPhone: 'call us' }))).toHaveLength(1);
  });
});
