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
}

export interface UrgencyRule {
  id: string;
  /** For the DSL ("Urgent because: …") and the partnership: what the parent told us. */
  description: string;
  /** The kinds of harm (by slug) the rule needs, so the rules page can say which categories it reads. */
  harmSlugs: readonly string[];
  matches: (answers: UrgencyAnswers) => boolean;
}

export const HARM = {
  askedForImages: 'asked-for-images',
  threatened: 'threatened',
  contactedByStranger: 'contacted-by-stranger',
} as const;

const chose = (a: UrgencyAnswers, ...slugs: string[]) => slugs.every((s) => a.harmSlugs.includes(s));

export const URGENCY_RULES: readonly UrgencyRule[] = [
  {
    id: 'danger-now',
    description: 'The parent said a child is in danger right now.',
    harmSlugs: [],
    matches: (a) => a.dangerNow,
  },
  {
    id: 'sextortion',
    description:
      'Possible sextortion: the child was threatened or blackmailed and was asked for pictures or videos of themselves.',
    harmSlugs: [HARM.threatened, HARM.askedForImages],
    matches: (a) => chose(a, HARM.threatened, HARM.askedForImages),
  },
  {
    id: 'images-asked-still-happening',
    description: 'The child was asked for pictures or videos of themselves, and it is still happening.',
    harmSlugs: [HARM.askedForImages],
    matches: (a) => chose(a, HARM.askedForImages) && a.stillHappening === 'YES',
  },
  {
    id: 'stranger-asked-for-images',
    description:
      'Someone the child does not know contacted them and asked for pictures or videos of themselves.',
    harmSlugs: [HARM.contactedByStranger, HARM.askedForImages],
    matches: (a) => chose(a, HARM.contactedByStranger, HARM.askedForImages),
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
// for an answer the parent could have given ("in danger right now", a kind of harm, "still happening").
// The signs are deliberately few and plain; a false "urgent" costs a DSL a look, a missed one costs more.
const WORD_SIGNS: readonly { means: 'danger-now' | 'still-happening' | string; words: RegExp }[] = [
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
  { means: 'still-happening', words: /\b(still|again|keeps?|right now|tonight|today)\b/i },
];

/** What a parent's words say, in the terms the rules read. */
export function readUrgencyWords(text: string): {
  dangerNow: boolean;
  harmSlugs: string[];
  stillHappening: boolean;
} {
  const signs = WORD_SIGNS.filter((sign) => sign.words.test(text)).map((sign) => sign.means);
  return {
    dangerNow: signs.includes('danger-now'),
    harmSlugs: signs.filter((s) => s !== 'danger-now' && s !== 'still-happening'),
    stillHappening: signs.includes('still-happening'),
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
  };
  return urgencyReasons(together).filter((id) => !already.includes(id));
}
