import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { type ConfirmationWords, UrgentHelp } from '@/app/(public)/report/confirmation/urgent-help';
import cy from '@/messages/cy.json';
import en from '@/messages/en.json';

const translator = (messages: typeof en, locale: string) =>
  createTranslator({ locale, messages, namespace: 'confirmation' }) as unknown as ConfirmationWords;

const text = (outOfHoursPhone: string | null, t = translator(en, 'en')) =>
  renderToStaticMarkup(createElement(UrgentHelp, { outOfHoursPhone, t })).replace(/<[^>]+>/g, '');

describe('what an urgent report’s confirmation tells the parent about out of hours', () => {
  it('gives the partnership’s out-of-hours number when it has one, and 999 for danger now', () => {
    const words = text('01632 960 111');
    expect(words).toContain('Your report is urgent');
    expect(words).toContain('Schools are closed at night, at weekends and in the holidays.');
    expect(words).toContain('call our out-of-hours team on 01632 960 111');
    expect(words).toContain('If a child is in danger right now, call 999.');
  });

  it('says to call 999 if a child is in danger now when there is no out-of-hours number', () => {
    const words = text(null);
    expect(words).not.toContain('out-of-hours team');
    expect(words).toContain('If a child is in danger right now, call 999. Do not wait for us.');
  });

  it('speaks Welsh to a parent reading in Welsh, with the same numbers', () => {
    const words = text('01632 960 111', translator(cy, 'cy'));
    expect(words).toContain('Mae eich adroddiad yn un brys');
    expect(words).toContain('ffoniwch ein tîm y tu allan i oriau ar 01632 960 111');
    expect(words).toContain('ffoniwch 999.');
    expect(words).not.toContain('Schools are closed');
  });
});
