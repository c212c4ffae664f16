-- audit_chain_link: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.audit_chain_link()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  last_position bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('AuditEntry chain'));
  SELECT "chainPosition", hash INTO last_position, last_hash
    FROM "AuditEntry" WHERE "chainPosition" IS NOT NULL ORDER BY "chainPosition" DESC LIMIT 1;
  NEW."chainPosition" := COALESCE(last_position, 0) + 1;
  NEW."prevHash" := COALESCE(last_hash, repeat('0', 64));
  NEW.hash := audit_chain_hash(NEW);
  RETURN NEW;
END;
$function$;

CREATE TRIGGER "AuditEntry_chain" BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION audit_chain_link();
