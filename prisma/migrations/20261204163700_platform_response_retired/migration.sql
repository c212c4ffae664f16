-- CreateTable
CREATE TABLE "PlatformResponseRetired" (
    "id" BIGSERIAL NOT NULL,
    "partnershipId" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "response" "PlatformResponse" NOT NULL,
    "week" DATE NOT NULL,
    "month" DATE NOT NULL,
    "harmIds" UUID[],
    "phase" VARCHAR(20) NOT NULL,
    "area" VARCHAR(100) NOT NULL,

    CONSTRAINT "PlatformResponseRetired_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlatformResponseRetired_partnershipId_month_idx" ON "PlatformResponseRetired"("partnershipId", "month");

-- trend_retire() also keeps what parents said each platform did (ConcernPlatformResponse), one row per
-- answer with the dimensions from the concern's TrendMember row, before both go. A data-modifying CTE runs
-- once whether or not the main statement reads it.
CREATE OR REPLACE FUNCTION trend_retire(concern_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  WITH gone AS (
    DELETE FROM "TrendMember" WHERE "concernId" = ANY (concern_ids) RETURNING *
  ), answers AS (
    INSERT INTO "PlatformResponseRetired" ("partnershipId", "platformId", "response", "week", "month",
      "harmIds", "phase", "area")
    SELECT m."partnershipId", a."platformId", a."response", m."week", m."month", m."harmIds", m."phase", m."area"
    FROM gone m JOIN "ConcernPlatformResponse" a ON a."concernId" = m."concernId"
    RETURNING 1
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
