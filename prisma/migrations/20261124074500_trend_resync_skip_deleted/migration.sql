-- Written by hand (Prisma cannot express functions). trend_resync as in issue6_trends_alerts, with one
-- guard: when the concern no longer exists (it is being deleted, or a cascade from its deletion fired the
-- trigger) there is nothing to add back, so return before planning the INSERT … trend_members_now(), which
-- finds no row then anyway. That plan was re-made on every call and cost about 0.4 ms; a concern's deletion
-- calls this three times (the concern, its platforms, its harms), which was most of the retention job's time
-- (bench/retention.ts). Behaviour is unchanged.
CREATE OR REPLACE FUNCTION trend_resync(concern_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  old_member "TrendMember";
  new_member "TrendMember";
BEGIN
  DELETE FROM "TrendMember" WHERE "concernId" = concern_id RETURNING * INTO old_member;
  IF FOUND THEN
    PERFORM trend_apply(old_member, -1);
    DELETE FROM "TrendCell" WHERE "concerns" = 0 AND "partnershipId" = old_member."partnershipId"
      AND "week" = old_member."week"
      AND "platformId" = ANY (array_append(old_member."platformIds", '00000000-0000-0000-0000-000000000000'::uuid));
  END IF;
  IF NOT EXISTS (SELECT FROM "Concern" WHERE id = concern_id) THEN
    RETURN;
  END IF;
  INSERT INTO "TrendMember" ("concernId", "partnershipId", "week", "platformIds", "harmIds", "yearBand", "phase",
    "area", "urgent", "openSeconds", "closeSeconds")
  SELECT * FROM trend_members_now(concern_id)
  RETURNING * INTO new_member;
  IF FOUND THEN
    PERFORM trend_apply(new_member, 1);
  END IF;
END
$$;
