-- CreateTable
CREATE TABLE "TrendRetired" (
    "partnershipId" UUID NOT NULL,
    "week" DATE NOT NULL,
    "platformId" UUID NOT NULL,
    "harmCategoryId" UUID NOT NULL,
    "yearBand" SMALLINT NOT NULL,
    "phase" VARCHAR(20) NOT NULL,
    "area" VARCHAR(100) NOT NULL,
    "urgent" BOOLEAN NOT NULL,
    "concerns" INTEGER NOT NULL DEFAULT 0,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "openSeconds" BIGINT NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "closeSeconds" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "TrendRetired_pkey" PRIMARY KEY ("partnershipId","platformId","harmCategoryId","week","yearBand","phase","area","urgent")
);

-- ---------------------------------------------------------------------------------------------------------
-- Trends keep counting concerns deleted by retention, and trend_rebuild() now keeps them too. Hand-written.
-- The retention job calls trend_retire(ids) in the transaction that deletes those concerns, before deleting
-- them: it removes each concern's TrendMember row (so the trend triggers leave TrendCell as it is) and adds
-- what the row says the concern contributed to TrendRetired, summed by TrendCell's own key. Nothing about a
-- single concern is kept: a cell holds counts and sums, as TrendCell does.
-- ---------------------------------------------------------------------------------------------------------

CREATE FUNCTION trend_retire(concern_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  WITH gone AS (
    DELETE FROM "TrendMember" WHERE "concernId" = ANY (concern_ids) RETURNING *
  )
  INSERT INTO "TrendRetired" AS r ("partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase",
    "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT m."partnershipId", m."week", p.id, h.id, m."yearBand", m."phase", m."area", m."urgent", count(*),
    count(m."openSeconds"), COALESCE(sum(m."openSeconds"), 0), count(m."closeSeconds"), COALESCE(sum(m."closeSeconds"), 0)
  FROM gone m
  CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  -- In key order, so two retention workers lock shared cells in the same order and cannot deadlock.
  ORDER BY 1, 3, 4, 2, 5, 6, 7, 8
  ON CONFLICT ("partnershipId", "platformId", "harmCategoryId", "week", "yearBand", "phase", "area", "urgent")
  DO UPDATE SET "concerns" = r."concerns" + EXCLUDED."concerns", "opened" = r."opened" + EXCLUDED."opened",
    "openSeconds" = r."openSeconds" + EXCLUDED."openSeconds", "closed" = r."closed" + EXCLUDED."closed",
    "closeSeconds" = r."closeSeconds" + EXCLUDED."closeSeconds"
$$;

-- Rebuilds every aggregate set-based: what the concerns still held contribute, plus TrendRetired (which a
-- rebuild never touches). For bulk loads (bench/) and as a repair tool, safe after retention has deleted.
CREATE OR REPLACE FUNCTION trend_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "TrendCell", "TrendMember";
  INSERT INTO "TrendMember" ("concernId", "partnershipId", "week", "platformIds", "harmIds", "yearBand", "phase",
    "area", "urgent", "openSeconds", "closeSeconds")
  SELECT * FROM trend_members_now(NULL);
  INSERT INTO "TrendCell" ("partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase", "area",
    "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT "partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent",
    sum("concerns"), sum("opened"), sum("openSeconds"), sum("closed"), sum("closeSeconds")
  FROM (
    SELECT m."partnershipId", m."week", p.id AS "platformId", h.id AS "harmCategoryId", m."yearBand", m."phase",
      m."area", m."urgent", 1 AS "concerns", (m."openSeconds" IS NOT NULL)::int AS "opened",
      COALESCE(m."openSeconds", 0) AS "openSeconds", (m."closeSeconds" IS NOT NULL)::int AS "closed",
      COALESCE(m."closeSeconds", 0) AS "closeSeconds"
    FROM "TrendMember" m
    CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
    CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
    UNION ALL
    SELECT "partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent",
      "concerns", "opened", "openSeconds", "closed", "closeSeconds"
    FROM "TrendRetired"
  ) AS counted
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
END
$$;

-- Concerns the retention job deleted before this migration: TrendCell still counts them (their TrendMember
-- rows went first) but nothing said what they were. They are exactly what TrendCell holds beyond the
-- concerns still there, so that difference becomes their TrendRetired cells.
INSERT INTO "TrendRetired" ("partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase", "area",
  "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
SELECT c."partnershipId", c."week", c."platformId", c."harmCategoryId", c."yearBand", c."phase", c."area",
  c."urgent", c."concerns" - COALESCE(l."concerns", 0), c."opened" - COALESCE(l."opened", 0),
  c."openSeconds" - COALESCE(l."openSeconds", 0), c."closed" - COALESCE(l."closed", 0),
  c."closeSeconds" - COALESCE(l."closeSeconds", 0)
FROM "TrendCell" c
LEFT JOIN (
  SELECT m."partnershipId", m."week", p.id AS "platformId", h.id AS "harmCategoryId", m."yearBand", m."phase",
    m."area", m."urgent", count(*) AS "concerns", count(m."openSeconds") AS "opened",
    COALESCE(sum(m."openSeconds"), 0) AS "openSeconds", count(m."closeSeconds") AS "closed",
    COALESCE(sum(m."closeSeconds"), 0) AS "closeSeconds"
  FROM "TrendMember" m
  CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
) AS l USING ("partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase", "area", "urgent")
WHERE c."concerns" > COALESCE(l."concerns", 0);
