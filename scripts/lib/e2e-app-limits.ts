// The per-address limits every app a browser test starts runs with: the suite's app (scripts/test.ts) and
// the specs' own apps (tests/e2e/own-app.ts). Most specs send no address, so every report and journey they
// start counts against one; the real limits (10 reports and 30 new journeys an hour, tested in
// tests/integration) would refuse the suite's later reports with "the service is busy", and an own app
// started late in the run shares the database, and so the counts, with the specs before it.
export const E2E_APP_LIMITS = {
  REPORT_LIMIT_PER_ADDRESS: '1000',
  REPORT_DRAFT_LIMIT_PER_ADDRESS: '1000',
} as const;
