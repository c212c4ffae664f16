// Plain words for the answers' fixed choices, shared by the question pages and "Check your answers".
export const WHEN_WORDS: Record<string, string> = {
  TODAY: 'Today',
  THIS_WEEK: 'In the last 7 days',
  THIS_MONTH: 'In the last month',
  LONGER_AGO: 'Longer ago',
  NOT_SURE: 'I’m not sure',
};

export const YES_NO_UNSURE_WORDS: Record<string, string> = { YES: 'Yes', NO: 'No', NOT_SURE: 'I’m not sure' };

/** "Do you think the person was an adult?" */
export const PERSON_WAS_ADULT_WORDS: Record<string, string> = {
  YES: 'Yes',
  NO: 'No, another child',
  NOT_SURE: 'I do not know',
};

/** "Have you already reported it to the app or website?" */
export const REPORTED_TO_PLATFORM_WORDS: Record<string, string> = {
  YES: 'Yes',
  NO: 'No',
  NOT_YET: 'Not yet',
};

/** The same answers as staff and analysts read them (case record, chronology, trends). */
export const PLATFORM_RESPONSE_LABELS: Record<string, string> = {
  REMOVED: 'removed',
  NO_REPLY: 'no reply',
  REFUSED: 'refused',
  DONT_KNOW: 'don’t know',
};

export const RELATIONSHIP_WORDS: Record<string, string> = {
  PARENT_OR_CARER: 'I am their parent or carer',
  OTHER_FAMILY: 'I am in their family',
  FAMILY_FRIEND: 'I am a family friend',
  PROFESSIONAL: 'I work with children (for example a coach or youth worker)',
  OTHER: 'Something else',
};

export const NO_SCHOOL_CHOICE_WORDS: Record<string, string> = {
  NOT_FOUND: 'I cannot find the school',
  OUTSIDE_AREA: 'The school is outside this area',
  NOT_AT_SCHOOL: 'The child is not at school',
};

export const choicesOf = (words: Record<string, string>) =>
  Object.entries(words).map(([value, label]) => ({ value, label }));
