import 'server-only';

/** What the reporter wrote, and the one-time key of the form it came from. */
export interface ReporterWrite {
  text: string;
  sendKey: string;
}

/** What the team's notification needs to know about the case that was written to. */
export const WRITTEN_CONCERN = {
  id: true,
  reference: true,
  partnershipId: true,
  schoolId: true,
  route: true,
  assignedToId: true,
} as const;
