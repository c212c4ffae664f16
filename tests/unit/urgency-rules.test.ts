import { describe, expect, it } from 'vitest';
import {
  describeUrgencyReasons,
  HARM,
  readUrgencyWords,
  URGENCY_RULES,
  urgencyReasons,
  urgencyReasonsAdded,
  type UrgencyAnswers,
} from '@/lib/reporting/urgency-rules';

const answers = (over: Partial<UrgencyAnswers> = {}): UrgencyAnswers => ({
  dangerNow: false,
  harmSlugs: [],
  stillHappening: 'NO',
  ...over,
});

describe('urgency rules', () => {
  it('a child in danger right now is urgent whatever else was said', () => {
    expect(urgencyReasons(answers({ dangerNow: true }))).toEqual(['danger-now']);
  });

  it('threatened or blackmailed and asked for pictures is sextortion, even if it has stopped', () => {
    expect(urgencyReasons(answers({ harmSlugs: [HARM.threatened, HARM.askedForImages] }))).toEqual([
      'sextortion',
    ]);
    expect(urgencyReasons(answers({ harmSlugs: [HARM.threatened] }))).toEqual([]);
  });

  it('asked for pictures is urgent while it is still happening, not when it has stopped or is unsure', () => {
    const asked = { harmSlugs: [HARM.askedForImages] };
    expect(urgencyReasons(answers({ ...asked, stillHappening: 'YES' }))).toEqual([
      'images-asked-still-happening',
    ]);
    expect(urgencyReasons(answers({ ...asked, stillHappening: 'NO' }))).toEqual([]);
    expect(urgencyReasons(answers({ ...asked, stillHappening: 'NOT_SURE' }))).toEqual([]);
  });

  it('someone the child does not know asking for pictures is urgent', () => {
    expect(urgencyReasons(answers({ harmSlugs: [HARM.contactedByStranger, HARM.askedForImages] }))).toEqual([
      'stranger-asked-for-images',
    ]);
    expect(urgencyReasons(answers({ harmSlugs: [HARM.contactedByStranger] }))).toEqual([]);
  });

  it('sextortion in progress gives every reason that applies, in the rule set’s order', () => {
    expect(
      urgencyReasons(answers({ harmSlugs: [HARM.askedForImages, HARM.threatened], stillHappening: 'YES' })),
    ).toEqual(['sextortion', 'images-asked-still-happening']);
  });

  it('other harms alone are not urgent', () => {
    expect(
      urgencyReasons(answers({ harmSlugs: ['bullied', 'saw-violent-content'], stillHappening: 'YES' })),
    ).toEqual([]);
  });

  it('each rule has a unique id and a plain description, and stored ids read back as words', () => {
    const ids = URGENCY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of URGENCY_RULES) expect(rule.description).toMatch(/^[A-Z].+\.$/);
    expect(describeUrgencyReasons(['sextortion', 'retired-rule'])).toEqual([
      URGENCY_RULES.find((r) => r.id === 'sextortion')?.description,
      'retired-rule',
    ]);
  });
});

describe('urgency rules on a parent’s later words', () => {
  const known = answers({ harmSlugs: [HARM.threatened] });

  it('reads pictures asked for, threats, and danger now from the words', () => {
    expect(readUrgencyWords('He asked her to send nudes')).toMatchObject({
      harmSlugs: [HARM.askedForImages],
    });
    expect(readUrgencyWords('he says he will share the photos unless she pays')).toMatchObject({
      harmSlugs: expect.arrayContaining([HARM.threatened]),
    });
    expect(readUrgencyWords('She has arranged to meet him tonight')).toMatchObject({ dangerNow: true });
    expect(readUrgencyWords('A second account has now contacted her.')).toEqual({
      dangerNow: false,
      harmSlugs: [],
      stillHappening: false,
    });
  });

  it('gives only the reasons the words add to what is already known', () => {
    expect(urgencyReasonsAdded(known, [], 'Now he wants naked pictures of her')).toEqual(['sextortion']);
    expect(urgencyReasonsAdded(known, ['sextortion'], 'He wants naked pictures of her')).toEqual([]);
    expect(urgencyReasonsAdded(known, [], 'She blocked him.')).toEqual([]);
  });
});
