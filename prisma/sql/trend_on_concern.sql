-- trend_on_concern: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_on_concern()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM trend_resync(OLD.id); ELSE PERFORM trend_resync(NEW.id); END IF;
  RETURN NULL;
END
$function$;

CREATE TRIGGER trend_concern_insert_delete AFTER INSERT OR DELETE ON "Concern" FOR EACH ROW EXECUTE FUNCTION trend_on_concern();
CREATE TRIGGER trend_concern_update AFTER UPDATE ON "Concern" FOR EACH ROW WHEN (old."submittedAt" IS DISTINCT FROM new."submittedAt" OR old."schoolId" IS DISTINCT FROM new."schoolId" OR old."childYear" IS DISTINCT FROM new."childYear" OR old."childAge" IS DISTINCT FROM new."childAge" OR old.urgent IS DISTINCT FROM new.urgent OR old."firstOpenedAt" IS DISTINCT FROM new."firstOpenedAt" OR old."closedAt" IS DISTINCT FROM new."closedAt" OR old."partnershipId" IS DISTINCT FROM new."partnershipId") EXECUTE FUNCTION trend_on_concern();
