// The audit action of a retention purge's anchor entry; the verifier looks it up by this name.
export const AUDIT_PURGE_ACTION = 'audit.retention.purge';
