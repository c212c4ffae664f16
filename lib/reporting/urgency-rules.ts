// When a parent's report is urgent: a rule set anyone can read, as data. A report is urgent when any rule
// matches; the ids of those that matched are stored on the concern (Concern.urgencyReasons), so the DSL
// reads why, and an urgent report is escalated in minutes rather than school days. Partnership staff read
// these rules at /admin/urgency. No 'server-only': pure, so unit tests cover each rule.
//
// Rules can only use questions the parent is asked. Harms are reference data: a rule names a kind of harm
// by its slug, which never changes after the category is made (lib/reference-data/slug-for.ts).

/** The answers a rule may read, in the form they are stored. */
export interface UrgencyAnswers {
  /** "Is a child in danger right now?" answered yes. */
  dangerNow: boolean;
  /** The slugs of the kinds of harm the parent chose. */
  harmSlugs: readonly string[];
  stillHappening: 'YES' | 'NO' | 'NOT_SURE';
  /** "Do you think the person was an adult?" (NO: another child); null or absent when not answered. */
  personWasAdult?: 'YES' | 'NO' | 'NOT_SURE' | null;
}

export interface UrgencyRule {
  id: string;
  /** For the DSL ("Urgent because: …") and the partnership: what the parent told us. */
  description: string;
  /** The same in a few words, for the case list, where a DSL reads a page of cases at a glance. */
  label: string;
  /** The kinds of harm (by slug) the rule needs, so the rules page can say which categories it reads. */
  harmSlugs: readonly string[];
  matches: (answers: UrgencyAnswers) => boolean;
}

export const HARM = {
  askedForImages: 'asked-for-images',
  threatened: 'threatened',
  contactedByStranger: 'contacted-by-stranger',
  askedToMeet: 'asked-to-meet',
} as const;

const chose = (a: UrgencyAnswers, ...slugs: string[]) => slugs.every((s) => a.harmSlugs.includes(s));

export const URGENCY_RULES: readonly UrgencyRule[] = [
  {
    id: 'danger-now',
    label: 'In danger now',
    description: 'The parent said a child is in danger right now.',
    harmSlugs: [],
    matches: (a) => a.dangerNow,
  },
  {
    id: 'sextortion',
    label: 'Possible sextortion',
    description:
      'Possible sextortion: the child was threatened or blackmailed and was asked for pictures or videos of themselves.',
    harmSlugs: [HARM.threatened, HARM.askedForImages],
    matches: (a) => chose(a, HARM.threatened, HARM.askedForImages),
  },
  {
    id: 'images-asked-still-happening',
    label: 'Asked for images, still happening',
    description: 'The child was asked for pictures or videos of themselves, and it is still happening.',
    harmSlugs: [HARM.askedForImages],
    matches: (a) => chose(a, HARM.askedForImages) && a.stillHappening === 'YES',
  },
  {
    id: 'stranger-asked-for-images',
    label: 'Stranger asked for images',
    description:
      'Someone the child does not know contacted them and asked for pictures or videos of themselves.',
    harmSlugs: [HARM.contactedByStranger, HARM.askedForImages],
    matches: (a) => chose(a, HARM.contactedByStranger, HARM.askedForImages),
  },
  {
    id: 'adult-asked-for-images',
    label: 'Adult asked for images',
    description: 'The parent thinks an adult asked the child for pictures or videos of themselves.',
    harmSlugs: [HARM.askedForImages],
    matches: (a) => chose(a, HARM.askedForImages) && a.personWasAdult === 'YES',
  },
  // Meeting in person is where harm online can become harm in the flesh. Not every request is urgent (a
  // classmate who asked once and stopped), so it needs one more sign that the child could be met by
  // someone unsafe: it is still going on, the person is someone they do not know, or the parent thinks
  // an adult. A false "urgent" costs a DSL a look; a missed meeting can cost far more.
  {
    id: 'asked-to-meet',
    label: 'Asked to meet in person',
    description:
      'Someone asked to meet the child in person, and it is still happening, or the person is a stranger to the child or thought to be an adult.',
    harmSlugs: [HARM.askedToMeet],
    matches: (a) =>
      chose(a, HARM.askedToMeet) &&
      (a.stillHappening === 'YES' || chose(a, HARM.contactedByStranger) || a.personWasAdult === 'YES'),
  },
];

/** The ids of the rules these answers match, in the rule set's order; empty when the report is not urgent. */
export function urgencyReasons(answers: UrgencyAnswers): string[] {
  return URGENCY_RULES.filter((rule) => rule.matches(answers)).map((rule) => rule.id);
}

/** "Urgent because: …" in words, for stored ids; an id no longer in the rule set is shown as it is. */
export function describeUrgencyReasons(ids: readonly string[]): string[] {
  return ids.map((id) => URGENCY_RULES.find((rule) => rule.id === id)?.description ?? id);
}

// A parent's later addition is free text, so the same rules read it through words: each sign below stands
// for an answer the parent could have given ("in danger right now", a kind of harm, "still happening",
// "the person was an adult").
// The signs are deliberately few and plain; a false "urgent" costs a DSL a look, a missed one costs more.
const WORD_SIGNS: readonly {
  means: 'danger-now' | 'still-happening' | 'adult' | string;
  words: RegExp;
}[] = [
  {
    means: 'danger-now',
    words:
      /\b(in danger|(going|gone|arranged|plans?|planning|wants?) to meet|meet(ing)? (him|her|them|up) (today|tonight|tomorrow)|run(ning)? away|kill (himself|herself|themselves)|suicid\w*|self[- ]harm\w*)\b/i,
  },
  {
    means: HARM.threatened,
    words:
      /\b(threat\w*|blackmail\w*|sextort\w*|or (he|she|they) will (share|post|send|show)|unless (she|he|they) pays?)\b/i,
  },
  {
    means: HARM.askedForImages,
    words:
      /\b(nudes?|naked|(send|asked? for|asking for|wants?) (\w+ ){0,2}(pictures?|photos?|pics|images?|videos?))\b/i,
  },
  // A meeting already planned is "danger now" above; these are the asking.
  {
    means: HARM.askedToMeet,
    words: /\b(meet(ing)? (\w+ ){0,2}in person|meet ?up|ask(s|ed|ing)? (\w+ ){0,2}to meet)\b/i,
  },
  {
    means: 'adult',
    words:
      /\b(an adult|grown[- ]?up|(grown|older|old|middle[- ]aged) (man|woman|men|women|guy|bloke)|(he|she|they) (is|was|are|were|says (he|she|they) (is|was|are))( about| over)? (1[89]|[2-9]\d))\b/i,
  },
  { means: 'still-happening', words: /\b(still|again|keeps?|right now|tonight|today)\b/i },
];

const NOT_HARMS: readonly string[] = ['danger-now', 'still-happening', 'adult'];

/** What a parent's words say, in the terms the rules read; words can only ever say "an adult", never not. */
export function readUrgencyWords(text: string): {
  dangerNow: boolean;
  harmSlugs: string[];
  stillHappening: boolean;
  personWasAdult?: 'YES';
} {
  const signs = WORD_SIGNS.filter((sign) => sign.words.test(text)).map((sign) => sign.means);
  return {
    dangerNow: signs.includes('danger-now'),
    harmSlugs: signs.filter((s) => !NOT_HARMS.includes(s)),
    stillHappening: signs.includes('still-happening'),
    ...(signs.includes('adult') && { personWasAdult: 'YES' as const }),
  };
}

/**
 * The rules a parent's later words make match, with what the report already said, less those the case is
 * already urgent for: empty when the addition changes nothing.
 */
export function urgencyReasonsAdded(
  known: UrgencyAnswers,
  already: readonly string[],
  text: string,
): string[] {
  const said = readUrgencyWords(text);
  const together: UrgencyAnswers = {
    dangerNow: known.dangerNow || said.dangerNow,
    harmSlugs: [...new Set([...known.harmSlugs, ...said.harmSlugs])],
    stillHappening: said.stillHappening ? 'YES' : known.stillHappening,
    personWasAdult: said.personWasAdult ?? known.personWasAdult,
  };
  return urgencyReasons(together).filter((id) => !already.includes(id));
}

/** The reasons in a few words each, for the case list; an id no longer in the rule set is shown as it is. */
export function labelUrgencyReasons(ids: readonly string[]): string[] {
  return ids.map((id) => URGENCY_RULES.find((rule) => rule.id === id)?.label ?? id);
}
