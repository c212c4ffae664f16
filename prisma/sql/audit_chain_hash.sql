-- audit_chain_hash: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.audit_chain_hash(e "AuditEntry")
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$
  SELECT encode(sha256(convert_to(
    audit_chain_field(e."prevHash") || audit_chain_field(e."chainPosition"::text) ||
    audit_chain_field(e.id::text) || audit_chain_field(((extract(epoch FROM e.at) * 1000)::bigint)::text) ||
    audit_chain_field(e."actorId"::text) || audit_chain_field(e.action) || audit_chain_field(e.subject) ||
    audit_chain_field(e."subjectId") || audit_chain_field(e."concernId"::text) ||
    audit_chain_field(e.detail::text), 'UTF8')), 'hex')
$function$;
