// Kinds of harm are reference data: national ones are translated in the catalogue, but only while their
// stored English is what was translated; a partnership's own ones stay as it wrote them.
import { describe, expect, it } from 'vitest';
import { harmWords } from '@/lib/i18n/harm-words';
import { sayIn } from '@/lib/i18n/say';

const welsh = sayIn('cy');
const national = {
  slug: 'threatened',
  name: 'Was threatened or blackmailed',
  hint: 'For example, told to pay or send more, or something would be shared',
  partnershipId: null,
};

describe('a kind of harm in the parent’s language', () => {
  it('translates a national category whose English is as translated', () => {
    expect(harmWords(welsh, national)).toEqual({
      name: 'Cafodd ei fygwth neu ei flacmelio',
      hint: 'Er enghraifft, dweud wrtho am dalu neu anfon mwy, neu y byddai rhywbeth yn cael ei rannu',
    });
    expect(harmWords(sayIn('en'), national)).toEqual({ name: national.name, hint: national.hint });
  });

  it('keeps a reworded national category, and a partnership’s own, as written', () => {
    expect(harmWords(welsh, { ...national, name: 'Was threatened' }).name).toBe('Was threatened');
    expect(harmWords(welsh, { ...national, hint: 'New hint' }).hint).toBe('New hint');
    expect(harmWords(welsh, { ...national, partnershipId: '0190a2b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b' })).toEqual({
      name: national.name,
      hint: national.hint,
    });
    expect(harmWords(welsh, { slug: 'unknown', name: 'Ours', hint: null, partnershipId: null })).toEqual({
      name: 'Ours',
      hint: null,
    });
  });
});
