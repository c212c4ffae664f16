-- refuse_chronology_update: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.refuse_chronology_update()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF NEW.id = OLD.id AND NEW."concernId" = OLD."concernId" AND NEW.kind = OLD.kind
     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" AND NEW.at = OLD.at
     AND (NEW.summary = OLD.summary
          OR (OLD.summary !~ '^enc:v[12]:' AND NEW.summary LIKE 'enc:v2:%')
          OR chronology_rekeyed(OLD.summary, NEW.summary))
     AND (NEW.detail IS NOT DISTINCT FROM OLD.detail
          OR (jsonb_typeof(NEW.detail) = 'string' AND NEW.detail #>> '{}' LIKE 'enc:v2:%'
              AND NOT (jsonb_typeof(OLD.detail) = 'string' AND OLD.detail #>> '{}' ~ '^enc:v[12]:'))
          OR (jsonb_typeof(NEW.detail) = 'string' AND jsonb_typeof(OLD.detail) = 'string'
              AND chronology_rekeyed(OLD.detail #>> '{}', NEW.detail #>> '{}')))
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$function$;

CREATE TRIGGER "ConcernEvent_append_only_update" BEFORE UPDATE ON "ConcernEvent" FOR EACH ROW EXECUTE FUNCTION refuse_chronology_update();
