// A deterministic generator of fictional concerns for the demo: the same seed gives the same concerns, so
// seeding twice changes nothing. Descriptions are short and deliberately not graphic.
import { CODE_ALPHABET } from '@/lib/concerns/codes';
import { urgencyReasons } from '@/lib/reporting/urgency-rules';
import type {
  ConcernEventKind,
  ConcernStatus,
  RiskLevel,
  WhenHappened,
  YesNoUnsure,
  ReporterRelationship,
} from '@/lib/generated/prisma/enums';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoEvent {
  kind: ConcernEventKind;
  at: Date;
  summary: string;
  detail?: Record<string, string>;
  byStaff: boolean;
}

export interface DemoConcern {
  reference: string;
  schoolIndex: number | null;
  schoolOther: string | null;
  submittedAt: Date;
  urgent: boolean;
  /** The urgency rules the demo answers match, as sending a real report would store them. */
  urgencyReasons: string[];
  status: ConcernStatus;
  riskLevel: RiskLevel | null;
  childName: string | null;
  childAge: number | null;
  childYear: number | null;
  happened: WhenHappened;
  stillHappening: YesNoUnsure;
  childKnows: YesNoUnsure;
  description: string;
  platformSlugs: string[];
  otherPlatformName: string | null;
  harmSlugs: string[];
  relationship: ReporterRelationship;
  reporter: { name: string; email: string | null; phone: string | null } | null;
  events: DemoEvent[];
  messages: { fromStaff: boolean; body: string; at: Date }[];
  firstOpenedAt: Date | null;
  closedAt: Date | null;
  outcome: string | null;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

const STORIES: { harms: string[]; text: (p: string) => string }[] = [
  {
    harms: ['contacted-by-stranger', 'asked-for-images'],
    text: (p) =>
      `My child told me someone they did not know messaged them on ${p} and asked for a photo of them. They did not send one. They showed me the messages.`,
  },
  {
    harms: ['saw-sexual-images'],
    text: (p) =>
      `While on ${p} my child saw a sexual video that a stranger shared. They were upset and came to tell me.`,
  },
  {
    harms: ['saw-violent-content'],
    text: (p) =>
      `A video of people fighting and being hurt was shared in a group on ${p}. My child could not stop thinking about it.`,
  },
  {
    harms: ['contacted-by-stranger'],
    text: (p) =>
      `An adult has been talking to my child on ${p} for a few weeks, saying they are the same age. They asked my child to keep it secret.`,
  },
  {
    harms: ['asked-for-images', 'threatened'],
    text: (p) =>
      `Someone on ${p} asked my child for pictures and then said they would tell everyone at school if my child did not send more.`,
  },
  {
    harms: ['sent-images', 'threatened'],
    text: (p) =>
      `My child sent a picture to someone on ${p} they thought was a friend. Now that person is asking for money.`,
  },
  {
    harms: ['bullied'],
    text: (p) =>
      `Children from my child’s class have been sending nasty messages about them in a group on ${p}.`,
  },
  {
    harms: ['saw-sexual-images', 'contacted-by-stranger'],
    text: (p) =>
      `My child was put in a video chat with a stranger on ${p} who showed something sexual on camera.`,
  },
  {
    harms: ['other'],
    text: (p) => `My child has been on ${p} late at night and is tired and worried, but will not say why.`,
  },
];

const OUTCOMES = [
  'Advice given to the family about privacy settings. No further action needed.',
  'Referred to children’s social care (front door). Family supported by early help.',
  'Reported to CEOP by the DSL. Police contacted the family.',
  'Talked with the child with a parent present. Child is safe and supported in school.',
];

export function generateDemoConcerns(
  count: number,
  schoolCount: number,
  platformSlugs: string[],
  seed = 2021,
): DemoConcern[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const now = Date.now();
  const references = new Set<string>();
  const concerns: DemoConcern[] = [];
  const livePlatforms = platformSlugs.filter((s) => s !== 'omegle' && s !== 'other');

  for (let i = 0; i < count; i += 1) {
    let reference = '';
    do {
      reference = Array.from({ length: 8 }, () => pick(CODE_ALPHABET.split('')))
        .join('')
        .replace(/^(.{4})/, '$1-');
    } while (references.has(reference));
    references.add(reference);

    // A few concerns from 2023 (Omegle, before it closed); the rest over the last 18 months, with a burst
    // about nine months ago, as after a letter to parents.
    const old = i < 12;
    const burst = !old && rand() < 0.2;
    const submittedAt = new Date(
      old
        ? Date.UTC(2023, 2 + Math.floor(rand() * 7), 1 + Math.floor(rand() * 27), 9 + Math.floor(rand() * 10))
        : burst
          ? now - (270 + rand() * 21) * DAY
          : now - rand() * 548 * DAY,
    );
    const ageDays = (now - submittedAt.getTime()) / DAY;
    const platform = old ? 'omegle' : rand() < 0.05 ? 'other' : pick(livePlatforms);
    const story = pick(STORIES);
    const displayName = platform === 'other' ? 'an app called Chatterbox' : platform.replace('-', ' ');
    const dangerNow = rand() < 0.08;
    const toSchool = rand() < 0.86;
    const anonymous = rand() < 0.6;
    const status = statusFor(ageDays, rand);

    const concern: DemoConcern = {
      reference,
      schoolIndex: toSchool ? Math.floor(rand() * schoolCount) : null,
      schoolOther: toSchool ? null : rand() < 0.5 ? 'A school in another county' : null,
      submittedAt,
      urgent: dangerNow,
      urgencyReasons: [],
      status,
      riskLevel: status === 'NEW' || status === 'OPENED' ? null : pick(['LOW', 'MEDIUM', 'HIGH'] as const),
      childName: rand() < 0.5 ? pick(['J', 'AB', 'Sam', 'K', 'MR', 'Ellie', 'T']) : null,
      childAge: rand() < 0.6 ? 5 + Math.floor(rand() * 11) : null,
      childYear: null,
      happened: pick(['TODAY', 'THIS_WEEK', 'THIS_MONTH', 'LONGER_AGO', 'NOT_SURE'] as const),
      stillHappening: pick(['YES', 'NO', 'NOT_SURE'] as const),
      childKnows: pick(['YES', 'NO', 'NOT_SURE'] as const),
      description: story.text(displayName),
      platformSlugs: [platform, ...(rand() < 0.2 && !old ? [pick(livePlatforms)] : [])].filter(
        (s, idx, all) => all.indexOf(s) === idx,
      ),
      otherPlatformName: platform === 'other' ? 'Chatterbox' : null,
      harmSlugs: story.harms,
      relationship: pick([
        'PARENT_OR_CARER',
        'PARENT_OR_CARER',
        'PARENT_OR_CARER',
        'OTHER_FAMILY',
        'FAMILY_FRIEND',
      ] as const),
      reporter: anonymous
        ? null
        : {
            name: pick(['Sarah', 'Mr Patel', 'Jo', 'Mark Evans', 'Nadia']),
            email: rand() < 0.8 ? `parent${i}@example.com` : null,
            phone: rand() < 0.4 ? '07700 900' + String(100 + i).slice(-3) : null,
          },
      events: [],
      messages: [],
      firstOpenedAt: null,
      closedAt: null,
      outcome: null,
    };
    if (concern.childAge === null) concern.childYear = Math.floor(rand() * 12);
    concern.urgencyReasons = urgencyReasons({ dangerNow, ...concern });
    concern.urgent = concern.urgencyReasons.length > 0;
    buildHistory(concern, rand, pick);
    concerns.push(concern);
  }
  return concerns;
}

function statusFor(ageDays: number, rand: () => number): ConcernStatus {
  if (ageDays < 1) return rand() < 0.6 ? 'NEW' : 'OPENED';
  if (ageDays < 14)
    return (
      (['NEW', 'OPENED', 'UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED'] as const)[Math.floor(rand() * 5)] ??
      'OPENED'
    );
  if (ageDays < 60)
    return rand() < 0.6
      ? 'CLOSED'
      : ((['UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED'] as const)[Math.floor(rand() * 3)] ?? 'CLOSED');
  return rand() < 0.93 ? 'CLOSED' : 'REFERRED';
}

function buildHistory(c: DemoConcern, rand: () => number, pick: <T>(items: readonly T[]) => T): void {
  const t0 = c.submittedAt.getTime();
  const add = (
    kind: ConcernEventKind,
    offset: number,
    summary: string,
    byStaff = true,
    detail?: Record<string, string>,
  ) => c.events.push({ kind, at: new Date(t0 + offset), summary, byStaff, detail });
  add('SUBMITTED', 0, 'Concern received from the reporter.', false);
  add(
    'ROUTED',
    0,
    c.schoolIndex === null
      ? 'Routed to the partnership front-door team.'
      : 'Routed to the school’s safeguarding team.',
    false,
  );
  if (c.status === 'NEW') return;

  // Drawn whether or not it is used, so which concerns the rules make urgent does not reshuffle the rest.
  const usualWait = 2 + rand() * 20;
  const opened = (c.urgent ? 0.3 : usualWait) * HOUR;
  c.firstOpenedAt = new Date(t0 + opened);
  add('OPENED', opened, 'Opened for the first time.');
  if (c.status === 'OPENED') return;

  add('RISK_RATED', opened + HOUR, `Risk rated ${(c.riskLevel ?? 'MEDIUM').toLowerCase()}.`, true, {
    rationale: 'Based on what the parent described and what we know of the child.',
  });
  add('DECISION', opened + 2 * HOUR, 'Decided to speak with the child and parent.', true, {
    reason: 'The child may still be in contact with the person.',
  });
  if (c.reporter || rand() < 0.5) {
    c.messages.push({
      fromStaff: true,
      body: 'Thank you for telling us. Could you tell us roughly when this started?',
      at: new Date(t0 + opened + 3 * HOUR),
    });
    add('MESSAGE_TO_REPORTER', opened + 3 * HOUR, 'Message sent to the reporter.');
    if (rand() < 0.6) {
      c.messages.push({
        fromStaff: false,
        body: 'About two weeks ago, I think.',
        at: new Date(t0 + opened + 20 * HOUR),
      });
      add('MESSAGE_FROM_REPORTER', opened + 20 * HOUR, 'Message received from the reporter.', false);
    }
  }
  if (c.status === 'REFERRED' || (c.status === 'CLOSED' && rand() < 0.3)) {
    const destination = pick(['Children’s social care (front door)', 'Police', 'CEOP', 'Early help']);
    add('REFERRAL', opened + DAY, `Referred to ${destination}.`, true, {
      destination,
      theirReference: `REF-${Math.floor(rand() * 90000 + 10000)}`,
    });
    add('INFORMATION_SHARING', opened + DAY, `Shared the concern summary with ${destination}.`, true, {
      reason: 'To keep the child safe (KCSIE).',
      what: 'Summary of the concern and the school’s actions',
    });
  }
  if (c.status === 'CLOSED') {
    c.outcome = pick(OUTCOMES);
    c.closedAt = new Date(t0 + opened + (2 + rand() * 10) * DAY);
    add('STATUS_CHANGED', c.closedAt.getTime() - t0, `Closed: ${c.outcome}`, true, {
      to: 'CLOSED',
      reason: c.outcome,
    });
  } else if (c.status !== 'REFERRED') {
    add(
      'STATUS_CHANGED',
      opened + 2 * DAY,
      `Status changed to ${c.status.toLowerCase().replace('_', ' ')}.`,
      true,
      { to: c.status },
    );
  }
}
