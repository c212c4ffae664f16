-- trend_on_concern_link: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_on_concern_link()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM trend_resync(OLD."concernId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM trend_resync(NEW."concernId"); END IF;
  RETURN NULL;
END
$function$;

CREATE TRIGGER trend_concern_harm AFTER INSERT OR DELETE OR UPDATE ON "ConcernHarm" FOR EACH ROW EXECUTE FUNCTION trend_on_concern_link();
CREATE TRIGGER trend_concern_platform AFTER INSERT OR DELETE OR UPDATE ON "ConcernPlatform" FOR EACH ROW EXECUTE FUNCTION trend_on_concern_link();
