-- ---------------------------------------------------------------------------------------------------------
-- Months, quarters and years on the trends dashboard are exact calendar periods (issue 22). Hand-edited.
-- Until now a cell was keyed by the Monday of its week only, and months were made of whole weeks, so a week
-- running from November into December was counted in November. Each cell is now keyed by its week AND its
-- calendar month (Europe/London): one "week-month segment". A week is the sum of its (one or two) segments,
-- a month, quarter or year the sum of its segments, so every period is exact and the table grows only by the
-- weeks that straddle a month end (about one week in five has two segments).
-- ---------------------------------------------------------------------------------------------------------

-- The new column, filled before it becomes part of the key. TrendCell and TrendMember are rebuilt from the
-- concerns at the end. TrendRetired (concerns the retention job deleted) only ever knew the week: those
-- counts stay in the month of the week's Monday, where they were counted until now. That is exact for every
-- week inside one month; for a week straddling two months its retired counts cannot be split.
ALTER TABLE "TrendCell" ADD COLUMN "month" DATE;
ALTER TABLE "TrendRetired" ADD COLUMN "month" DATE;
ALTER TABLE "TrendMember" ADD COLUMN "month" DATE;
UPDATE "TrendCell" SET "month" = date_trunc('month', "week")::date;
UPDATE "TrendRetired" SET "month" = date_trunc('month', "week")::date;
UPDATE "TrendMember" SET "month" = date_trunc('month', "week")::date;
ALTER TABLE "TrendCell" ALTER COLUMN "month" SET NOT NULL;
ALTER TABLE "TrendRetired" ALTER COLUMN "month" SET NOT NULL;
ALTER TABLE "TrendMember" ALTER COLUMN "month" SET NOT NULL;

-- AlterTable
ALTER TABLE "TrendCell" DROP CONSTRAINT "TrendCell_pkey",
ADD CONSTRAINT "TrendCell_pkey" PRIMARY KEY ("partnershipId", "platformId", "harmCategoryId", "week", "month", "yearBand", "phase", "area", "urgent");

-- AlterTable
ALTER TABLE "TrendRetired" DROP CONSTRAINT "TrendRetired_pkey",
ADD CONSTRAINT "TrendRetired_pkey" PRIMARY KEY ("partnershipId", "platformId", "harmCategoryId", "week", "month", "yearBand", "phase", "area", "urgent");

-- As in issue6_trends_alerts, with the month in the key.
CREATE OR REPLACE FUNCTION trend_apply(m "TrendMember", sign integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "TrendCell" AS c ("partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand",
    "phase", "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT m."partnershipId", m."week", m."month", p.id, h.id, m."yearBand", m."phase", m."area", m."urgent", sign,
    sign * (m."openSeconds" IS NOT NULL)::int, sign * COALESCE(m."openSeconds", 0),
    sign * (m."closeSeconds" IS NOT NULL)::int, sign * COALESCE(m."closeSeconds", 0)
  FROM unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  ORDER BY p.id, h.id
  ON CONFLICT ("partnershipId", "platformId", "harmCategoryId", "week", "month", "yearBand", "phase", "area",
    "urgent")
  DO UPDATE SET "concerns" = c."concerns" + EXCLUDED."concerns", "opened" = c."opened" + EXCLUDED."opened",
    "openSeconds" = c."openSeconds" + EXCLUDED."openSeconds", "closed" = c."closed" + EXCLUDED."closed",
    "closeSeconds" = c."closeSeconds" + EXCLUDED."closeSeconds"
$$;

-- Its result gains a column, so it is dropped and made again (resync and rebuild call it by name only).
DROP FUNCTION trend_members_now(uuid);
CREATE FUNCTION trend_members_now(only_concern uuid) RETURNS TABLE (m_concern uuid, m_partnership uuid,
  m_week date, m_month date, m_platforms uuid[], m_harms uuid[], m_year_band smallint, m_phase text,
  m_area text, m_urgent boolean, m_open_seconds bigint, m_close_seconds bigint)
LANGUAGE sql STABLE AS $$
  SELECT c.id AS "concernId", c."partnershipId",
    date_trunc('week', c."submittedAt" AT TIME ZONE 'Europe/London')::date AS "week",
    date_trunc('month', c."submittedAt" AT TIME ZONE 'Europe/London')::date AS "month",
    COALESCE((SELECT array_agg(cp."platformId" ORDER BY cp."platformId") FROM "ConcernPlatform" cp
      WHERE cp."concernId" = c.id), '{}') AS "platformIds",
    COALESCE((SELECT array_agg(ch."harmCategoryId" ORDER BY ch."harmCategoryId") FROM "ConcernHarm" ch
      WHERE ch."concernId" = c.id), '{}') AS "harmIds",
    trend_year_band(c."childYear", c."childAge") AS "yearBand",
    COALESCE(s."phase"::text, 'NONE') AS "phase", COALESCE(s."town", s."localAuthority", '') AS "area",
    c."urgent",
    CASE WHEN c."firstOpenedAt" IS NOT NULL
      THEN GREATEST(0, floor(extract(epoch FROM c."firstOpenedAt" - c."submittedAt")))::bigint END AS "openSeconds",
    CASE WHEN c."closedAt" IS NOT NULL
      THEN GREATEST(0, floor(extract(epoch FROM c."closedAt" - c."submittedAt")))::bigint END AS "closeSeconds"
  FROM "Concern" c LEFT JOIN "School" s ON s.id = c."schoolId"
  WHERE only_concern IS NULL OR c.id = only_concern
$$;

-- As in trend_resync_skip_deleted, with the month.
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
$$;

-- As in trends_retired, with the month.
CREATE OR REPLACE FUNCTION trend_retire(concern_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  WITH gone AS (
    DELETE FROM "TrendMember" WHERE "concernId" = ANY (concern_ids) RETURNING *
  )
  INSERT INTO "TrendRetired" AS r ("partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand",
    "phase", "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT m."partnershipId", m."week", m."month", p.id, h.id, m."yearBand", m."phase", m."area", m."urgent",
    count(*), count(m."openSeconds"), COALESCE(sum(m."openSeconds"), 0), count(m."closeSeconds"),
    COALESCE(sum(m."closeSeconds"), 0)
  FROM gone m
  CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  -- In key order, so two retention workers lock shared cells in the same order and cannot deadlock.
  ORDER BY 1, 4, 5, 2, 3, 6, 7, 8, 9
  ON CONFLICT ("partnershipId", "platformId", "harmCategoryId", "week", "month", "yearBand", "phase", "area",
    "urgent")
  DO UPDATE SET "concerns" = r."concerns" + EXCLUDED."concerns", "opened" = r."opened" + EXCLUDED."opened",
    "openSeconds" = r."openSeconds" + EXCLUDED."openSeconds", "closed" = r."closed" + EXCLUDED."closed",
    "closeSeconds" = r."closeSeconds" + EXCLUDED."closeSeconds"
$$;

-- As in trends_retired, with the month.
CREATE OR REPLACE FUNCTION trend_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "TrendCell", "TrendMember";
  INSERT INTO "TrendMember" ("concernId", "partnershipId", "week", "month", "platformIds", "harmIds", "yearBand",
    "phase", "area", "urgent", "openSeconds", "closeSeconds")
  SELECT * FROM trend_members_now(NULL);
  INSERT INTO "TrendCell" ("partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand", "phase",
    "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT "partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent",
    sum("concerns"), sum("opened"), sum("openSeconds"), sum("closed"), sum("closeSeconds")
  FROM (
    SELECT m."partnershipId", m."week", m."month", p.id AS "platformId", h.id AS "harmCategoryId", m."yearBand",
      m."phase", m."area", m."urgent", 1 AS "concerns", (m."openSeconds" IS NOT NULL)::int AS "opened",
      COALESCE(m."openSeconds", 0) AS "openSeconds", (m."closeSeconds" IS NOT NULL)::int AS "closed",
      COALESCE(m."closeSeconds", 0) AS "closeSeconds"
    FROM "TrendMember" m
    CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
    CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
    UNION ALL
    SELECT "partnershipId", "week", "month", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent",
      "concerns", "opened", "openSeconds", "closed", "closeSeconds"
    FROM "TrendRetired"
  ) AS counted
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END
$$;

-- Every cell again, now split by month.
SELECT trend_rebuild();
