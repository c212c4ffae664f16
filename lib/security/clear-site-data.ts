// What a browser is asked to forget when someone signs out or finishes checking a report: every cookie of
// this site (sessions, the follow-up proof, unsent answers), anything cached and any stored data. Pages are
// never cached (Cache-Control: no-store), so "cache" is a second lock, not the first.
export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';
