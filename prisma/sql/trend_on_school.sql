-- trend_on_school: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_on_school()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  PERFORM trend_resync(c.id) FROM "Concern" c WHERE c."schoolId" = NEW.id;
  RETURN NULL;
END
$function$;

CREATE TRIGGER trend_school_update AFTER UPDATE ON "School" FOR EACH ROW WHEN (old.phase IS DISTINCT FROM new.phase OR old.town::text IS DISTINCT FROM new.town::text OR old."localAuthority"::text IS DISTINCT FROM new."localAuthority"::text) EXECUTE FUNCTION trend_on_school();
