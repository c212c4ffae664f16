-- refuse_late_commit: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.refuse_late_commit()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  commit_by text := current_setting('app.commit_by', true);
BEGIN
  IF commit_by IS NOT NULL AND commit_by <> '' AND clock_timestamp() > commit_by::timestamptz THEN
    RAISE EXCEPTION 'commit refused: past its deadline (%)', commit_by USING ERRCODE = '25P04';
  END IF;
  RETURN NULL;
END;
$function$;

CREATE CONSTRAINT TRIGGER "Concern_refuse_late_commit" AFTER INSERT ON "Concern" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_late_commit();
CREATE CONSTRAINT TRIGGER "ConcernEvent_refuse_late_commit" AFTER INSERT ON "ConcernEvent" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_late_commit();
CREATE CONSTRAINT TRIGGER "Message_refuse_late_commit" AFTER INSERT ON "Message" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_late_commit();
