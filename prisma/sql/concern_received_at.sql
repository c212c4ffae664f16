-- concern_received_at: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.concern_received_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW."receivedAt" := NEW."submittedAt";
  RETURN NEW;
END;
$function$;

CREATE TRIGGER "Concern_received_at" BEFORE INSERT ON "Concern" FOR EACH ROW EXECUTE FUNCTION concern_received_at();
