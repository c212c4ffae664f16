-- trend_resync: its definition in a migrated database today, with the triggers that run it.
-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then
-- run `npm run db:sql` and commit both.

CREATE OR REPLACE FUNCTION public.trend_resync(concern_id uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
DECLARE
  old_member "TrendMember";
  new_member "TrendMember";
BEGIN
  DELETE FROM "TrendMember" WHERE "concernId" = concern_id RETURNING * INTO old_member;
  IF FOUND THEN
    PERFORM trend_apply(old_member, -1);
    DELETE FROM "TrendCell" WHERE "concerns" = 0 AND "partnershipId" = old_member."partnershipId"
      AND "week" = old_member."week" AND "month" = old_member."month"
      AND "platformId" = ANY (array_append(old_member."platformIds", '00000000-0000-0000-0000-000000000000'::uuid));
  END IF;
  IF NOT EXISTS (SELECT FROM "Concern" WHERE id = concern_id) THEN
    RETURN;
  END IF;
  INSERT INTO "TrendMember" ("concernId", "partnershipId", "week", "month", "platformIds", "harmIds", "yearBand",
    "phase", "area", "urgent", "openSeconds", "closeSeconds")
  SELECT * FROM trend_members_now(concern_id)
  RETURNING * INTO new_member;
  IF FOUND THEN
    PERFORM trend_apply(new_member, 1);
  END IF;
END
$function$;
