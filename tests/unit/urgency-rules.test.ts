import { describe, expect, it } from 'vitest';
import {
  describeUrgencyReasons,
  HARM,
  readUrgencyWords,
  labelUrgencyReasons,
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

describe('urgency reasons on the case list', () => {
  it('names each rule in a few words, and shows an id no longer in the rule set as it is', () => {
    for (const rule of URGENCY_RULES) expect(rule.label.length).toBeLessThanOrEqual(40);
    expect(labelUrgencyReasons(['sextortion', 'retired-rule'])).toEqual([
      'Possible sextortion',
      'retired-rule',
    ]);
  });
});

describe('urgency rules for an adult asking for images and for meeting in person (issue 22 item 4)', () => {
  it('an adult asking the child for pictures is urgent, even when it has stopped', () => {
    const asked = { harmSlugs: [HARM.askedForImages] };
    expect(urgencyReasons(answers({ ...asked, personWasAdult: 'YES' }))).toEqual(['adult-asked-for-images']);
    expect(urgencyReasons(answers({ ...asked, personWasAdult: 'NO' }))).toEqual([]);
    expect(urgencyReasons(answers({ ...asked, personWasAdult: 'NOT_SURE' }))).toEqual([]);
    expect(urgencyReasons(answers({ ...asked, personWasAdult: null }))).toEqual([]);
    expect(urgencyReasons(answers({ harmSlugs: ['bullied'], personWasAdult: 'YES' }))).toEqual([]);
  });

  it('a request to meet in person is urgent while it goes on, from a stranger, or from an adult', () => {
    const meet = { harmSlugs: [HARM.askedToMeet] };
    expect(urgencyReasons(answers(meet))).toEqual([]);
    expect(urgencyReasons(answers({ ...meet, stillHappening: 'NOT_SURE' }))).toEqual([]);
    expect(urgencyReasons(answers({ ...meet, personWasAdult: 'NO' }))).toEqual([]);
    expect(urgencyReasons(answers({ ...meet, stillHappening: 'YES' }))).toEqual(['asked-to-meet']);
    expect(urgencyReasons(answers({ ...meet, personWasAdult: 'YES' }))).toEqual(['asked-to-meet']);
    expect(urgencyReasons(answers({ harmSlugs: [HARM.askedToMeet, HARM.contactedByStranger] }))).toEqual([
      'asked-to-meet',
    ]);
  });

  it('later words can say an adult asked, or asked to meet, and so complete these rules', () => {
    expect(readUrgencyWords('He is an adult, he told her he is 34')).toMatchObject({ personWasAdult: 'YES' });
    expect(readUrgencyWords('A boy in her class asked for her number')).not.toHaveProperty('personWasAdult');
    expect(readUrgencyWords('He keeps asking to meet up at the park')).toMatchObject({
      harmSlugs: [HARM.askedToMeet],
    });
    expect(readUrgencyWords('He wants to meet her in person')).toMatchObject({
      harmSlugs: expect.arrayContaining([HARM.askedToMeet]),
    });
    const images = answers({ harmSlugs: [HARM.askedForImages] });
    expect(urgencyReasonsAdded(images, [], 'I found out he is a grown man')).toEqual([
      'adult-asked-for-images',
    ]);
    const stranger = answers({ harmSlugs: [HARM.contactedByStranger] });
    expect(urgencyReasonsAdded(stranger, [], 'Now he has asked to meet her in person')).toEqual([
      'asked-to-meet',
    ]);
    expect(
      urgencyReasonsAdded(answers({ personWasAdult: 'YES' }), [], 'He has asked for photos of her'),
    ).toEqual(['adult-asked-for-images']);
  });
});
