import type { Prisma } from '@/lib/generated/prisma/client';
import type {
  ReportedToPlatform,
  ReporterRelationship,
  WhenHappened,
  YesNoUnsure,
} from '@/lib/generated/prisma/enums';
import type { Answers } from './answers';
import { NO_SCHOOL } from './schemas';

const NO_SCHOOL_WORDS: Record<(typeof NO_SCHOOL)[number], string> = {
  NOT_AT_SCHOOL: 'Not at school',
  NOT_FOUND: 'School not found in the list',
  OUTSIDE_AREA: 'School outside this area',
};

/**
 * The concern's own columns from a complete journey. Contact details only if the parent chose contact.
 * Whether it is urgent is not here: the urgency rules also read the harm categories (submit-concern.ts).
 */
export function concernFromAnswers(a: Answers) {
  const noSchool = (NO_SCHOOL as readonly string[]).includes(a.school ?? '')
    ? (a.school as (typeof NO_SCHOOL)[number])
    : null;
  const contact = a.contact === 'CONTACT';
  return {
    schoolId: noSchool ? null : (a.school ?? null),
    schoolOther: noSchool
      ? [NO_SCHOOL_WORDS[noSchool], a.schoolOther].filter(Boolean).join(': ').slice(0, 200)
      : null,
    childName: a.childName || null,
    childAge: a.childAge ?? null,
    childYear: a.childYear ?? null,
    happened: a.happened as WhenHappened,
    stillHappening: a.stillHappening as YesNoUnsure,
    childKnows: a.childKnows as YesNoUnsure,
    personWasAdult: (a.personWasAdult as YesNoUnsure | undefined) ?? null,
    reportedToPlatform: (a.reportedToPlatform as ReportedToPlatform | undefined) ?? null,
    description: a.description ?? '',
    reporterRelationship: a.relationship as ReporterRelationship,
    relationshipOther: a.relationship === 'OTHER' ? a.relationshipOther || null : null,
    reporterAnonymous: !contact,
    reporterName: contact ? a.reporterName || null : null,
    reporterEmail: contact ? a.reporterEmail || null : null,
    reporterPhone: contact ? a.reporterPhone || null : null,
    reporterSafeTimes: contact ? a.reporterSafeTimes || null : null,
  } satisfies Partial<Prisma.ConcernUncheckedCreateInput>;
}
