// The export's shape: every field held about the concern, named in plain words, in a stable order. Pure,
// so the text rendering and the tests read the same thing.
import { describeUrgencyReasons } from '@/lib/reporting/urgency-rules';
import type { RetentionValues } from '@/lib/retention/retention-policy';
import type { LoadedConcern } from './export-concern';
import { OTHER_CONCERNS_NOT_LISTED, type ExportedChildRecord } from './export-child-record';

interface Inputs {
  concern: LoadedConcern;
  /** The child record the concern is linked to, or null (lib/subject-access/export-child-record.ts). */
  childRecord: ExportedChildRecord | null;
  accessLog: { at: Date; action: string; actor: { name: string; email: string } | null }[];
  emails: {
    kind: string;
    toAddress: string;
    subject: string;
    status: string;
    attempts: number;
    createdAt: Date;
    sentAt: Date | null;
  }[];
  retention: { policy: RetentionValues; dueAt: Date | null };
  exportedBy: { name: string; email: string };
}

export function shapeExport({ concern: c, childRecord, accessLog, emails, retention, exportedBy }: Inputs) {
  return {
    exportedAt: new Date().toISOString(),
    exportedBy,
    partnership: c.partnership.name,
    concern: {
      reference: c.reference,
      status: c.status,
      route: c.route,
      urgent: c.urgent,
      urgentBecause: describeUrgencyReasons(c.urgencyReasons),
      riskLevel: c.riskLevel,
      school: c.school ? { name: c.school.name, urn: c.school.urn } : null,
      schoolGivenByReporter: c.schoolOther,
      assignedTo: c.assignedTo?.name ?? null,
      submittedAt: c.submittedAt,
      firstOpenedAt: c.firstOpenedAt,
      escalatedAt: c.escalatedAt,
      lastActivityAt: c.lastActivityAt,
      closedAt: c.closedAt,
      outcome: c.outcome,
    },
    child: { nameOrInitials: c.childName, age: c.childAge, schoolYear: c.childYear },
    // The school's record of the child (issue 18), when the concern is linked to one.
    childRecord: childRecord && {
      nameAsGiven: childRecord.record.name,
      schoolYear: childRecord.record.yearGroup,
      dateOfBirth: childRecord.record.dateOfBirth,
      pupilNumber: childRecord.record.pupilId,
      school: childRecord.record.school.name,
      madeAt: childRecord.record.createdAt,
      otherConcernsByThisReporter: childRecord.sameReporterConcerns,
      otherConcerns: OTHER_CONCERNS_NOT_LISTED,
      recordsMergedIntoThisOne: childRecord.merges,
    },
    // When this concern was linked to a child record, moved to another (by a merge) or unlinked, and why.
    childLinkHistory: c.events
      .filter((e) => e.kind === 'CHILD_LINKED' || e.kind === 'CHILD_UNLINKED')
      .map((e) => ({
        at: e.at,
        what: e.summary,
        by: e.actor?.name ?? null,
        reason: reasonOf(e.detail),
      })),
    answers: {
      whatHappened: c.description,
      when: c.happened,
      stillHappening: c.stillHappening,
      childKnowsAboutReport: c.childKnows,
      personThoughtToBeAnAdult: c.personWasAdult,
      alreadyReportedToThePlatform: c.reportedToPlatform,
      platforms: c.platforms.map((p) => ({
        name: p.platform.name,
        nameGivenByReporter: p.otherName,
        whatThePlatformDid: p.response?.response ?? null,
        toldUsOn: p.response?.answeredAt ?? null,
      })),
      harms: c.harms.map((h) => h.harmCategory.name),
      whatElseHappened: c.harmOther,
    },
    reporter: {
      relationship: c.reporterRelationship,
      relationshipInTheirWords: c.relationshipOther,
      anonymous: c.reporterAnonymous,
      name: c.reporterName,
      email: c.reporterEmail,
      phone: c.reporterPhone,
      safeTimesToContact: c.reporterSafeTimes,
      lastCheckedWithReceiptAt: c.reporterLastCheckAt,
      receiptCode: 'Held only as a one-way hash: it cannot be read back, so it is not in this export.',
    },
    chronology: c.events.map((e) => ({
      at: e.at,
      kind: e.kind,
      by: e.actor?.name ?? (e.actorId ? 'Unknown' : 'The service or the reporter'),
      summary: e.summary,
      detail: e.detail,
    })),
    decisions: c.events
      .filter((e) => e.kind === 'DECISION')
      .map((e) => ({ at: e.at, by: e.actor?.name ?? null, summary: e.summary, detail: e.detail })),
    referrals: c.referrals.map((r) => ({
      destination: r.destination,
      destinationOther: r.destinationOther,
      referredOn: r.referredOn,
      by: r.referredBy.name,
      theirReference: r.theirReference,
      recordedAt: r.createdAt,
    })),
    messages: c.messages.map((m) => ({
      author: m.author,
      staff: m.staff?.name ?? null,
      body: m.body,
      sentAt: m.createdAt,
      readAt: m.readAt,
    })),
    reviews: c.reviewRequests.map((r) => ({
      askedAt: r.askedAt,
      reasonGivenByReporter: r.reason,
      status: r.status,
      finishedAt: r.finishedAt,
      outcome: r.outcome,
    })),
    accessLog: accessLog.map((a) => ({
      at: a.at,
      action: a.action,
      by: a.actor?.name ?? 'The service',
      email: a.actor?.email ?? null,
    })),
    emails: emails.map((e) => ({ ...e, content: 'Not included: only who it went to, what kind and when.' })),
    retention: {
      legalHold: c.legalHold,
      legalHoldReason: c.legalHoldReason,
      legalHoldSince: c.legalHoldSince,
      dueForDeletion: c.legalHold ? null : retention.dueAt,
      policy: retention.policy,
    },
  };
}

export type SubjectAccessExport = ReturnType<typeof shapeExport>;

function reasonOf(detail: unknown): string | null {
  const reason = (detail as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : null;
}
