-- CreateEnum
CREATE TYPE "TrendFlagKind" AS ENUM ('PLATFORM_RISE', 'HARM_RISE', 'NEW_PLATFORM_NAME');

-- CreateTable
CREATE TABLE "TrendCell" (
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

    CONSTRAINT "TrendCell_pkey" PRIMARY KEY ("partnershipId","platformId","harmCategoryId","week","yearBand","phase","area","urgent")
);

-- CreateTable
CREATE TABLE "TrendMember" (
    "concernId" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "week" DATE NOT NULL,
    "platformIds" UUID[],
    "harmIds" UUID[],
    "yearBand" SMALLINT NOT NULL,
    "phase" VARCHAR(20) NOT NULL,
    "area" VARCHAR(100) NOT NULL,
    "urgent" BOOLEAN NOT NULL,
    "openSeconds" BIGINT,
    "closeSeconds" BIGINT,

    CONSTRAINT "TrendMember_pkey" PRIMARY KEY ("concernId")
);

-- CreateTable
CREATE TABLE "TrendFlag" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "kind" "TrendFlagKind" NOT NULL,
    "subjectKey" VARCHAR(100) NOT NULL,
    "subjectName" VARCHAR(100) NOT NULL,
    "windowStart" DATE NOT NULL,
    "observed" INTEGER NOT NULL,
    "expected" DOUBLE PRECISION NOT NULL,
    "pValue" DOUBLE PRECISION NOT NULL,
    "raisedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrendFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformAlert" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "platformId" UUID,
    "title" VARCHAR(120) NOT NULL,
    "whatToKnow" VARCHAR(3000) NOT NULL,
    "whatToDo" VARCHAR(3000) NOT NULL,
    "publishedFrom" TIMESTAMPTZ(3),
    "publishedUntil" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlatformAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrendFlag_partnershipId_raisedAt_idx" ON "TrendFlag"("partnershipId", "raisedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrendFlag_partnershipId_kind_subjectKey_windowStart_key" ON "TrendFlag"("partnershipId", "kind", "subjectKey", "windowStart");

-- CreateIndex
CREATE INDEX "PlatformAlert_partnershipId_publishedFrom_idx" ON "PlatformAlert"("partnershipId", "publishedFrom");

-- AlterTable
ALTER TABLE "Platform" ADD COLUMN     "privacyAdvice" VARCHAR(3000),
ADD COLUMN     "reportingAdvice" VARCHAR(3000);

-- ---------------------------------------------------------------------------------------------------------
-- Trend aggregates kept exact by triggers (issue 6). Hand-written: Prisma cannot express functions.
-- Why triggers rather than a scheduled refresh: the dashboard is then never stale, there is no watermark to
-- get wrong when a concern's status changes long after it was written, and a write touches only the few
-- cells of one concern. Every change to a concern, its platforms or harms calls trend_resync(id), which takes
-- away what TrendMember says the concern contributed and adds what it contributes now. Calling it twice is
-- harmless, so the order in which row triggers (and cascades) fire does not matter.
-- ---------------------------------------------------------------------------------------------------------

-- A single CASE expression (no FROM clause) so Postgres inlines it into the naive query and the view.
CREATE FUNCTION trend_year_band(child_year smallint, child_age smallint) RETURNS smallint
LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE
    WHEN child_year IS NULL AND child_age IS NULL THEN 0
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 2 THEN 1
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 6 THEN 2
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 9 THEN 3
    WHEN COALESCE(child_year::int, child_age::int - 5) <= 11 THEN 4
    ELSE 5
  END)::smallint
$$;

CREATE FUNCTION trend_apply(m "TrendMember", sign integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "TrendCell" AS c ("partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase",
    "area", "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT m."partnershipId", m."week", p.id, h.id, m."yearBand", m."phase", m."area", m."urgent", sign,
    sign * (m."openSeconds" IS NOT NULL)::int, sign * COALESCE(m."openSeconds", 0),
    sign * (m."closeSeconds" IS NOT NULL)::int, sign * COALESCE(m."closeSeconds", 0)
  FROM unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  ORDER BY p.id, h.id
  ON CONFLICT ("partnershipId", "platformId", "harmCategoryId", "week", "yearBand", "phase", "area", "urgent")
  DO UPDATE SET "concerns" = c."concerns" + EXCLUDED."concerns", "opened" = c."opened" + EXCLUDED."opened",
    "openSeconds" = c."openSeconds" + EXCLUDED."openSeconds", "closed" = c."closed" + EXCLUDED."closed",
    "closeSeconds" = c."closeSeconds" + EXCLUDED."closeSeconds"
$$;

-- What a concern contributes now (no row when it no longer exists); every concern when only_concern is null.
-- Shared by resync and rebuild. A function rather than a view, so the schema stays what schema.prisma says.
CREATE FUNCTION trend_members_now(only_concern uuid) RETURNS TABLE (m_concern uuid, m_partnership uuid,
  m_week date, m_platforms uuid[], m_harms uuid[], m_year_band smallint, m_phase text, m_area text,
  m_urgent boolean, m_open_seconds bigint, m_close_seconds bigint)
LANGUAGE sql STABLE AS $$
  SELECT c.id AS "concernId", c."partnershipId",
    date_trunc('week', c."submittedAt" AT TIME ZONE 'Europe/London')::date AS "week",
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

CREATE FUNCTION trend_resync(concern_id uuid) RETURNS void
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
  INSERT INTO "TrendMember" ("concernId", "partnershipId", "week", "platformIds", "harmIds", "yearBand", "phase",
    "area", "urgent", "openSeconds", "closeSeconds")
  SELECT * FROM trend_members_now(concern_id)
  RETURNING * INTO new_member;
  IF FOUND THEN
    PERFORM trend_apply(new_member, 1);
  END IF;
END
$$;

-- Rebuilds every aggregate from the concerns, set-based. For bulk loads (bench/) and as a repair tool.
CREATE FUNCTION trend_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "TrendCell", "TrendMember";
  INSERT INTO "TrendMember" ("concernId", "partnershipId", "week", "platformIds", "harmIds", "yearBand", "phase",
    "area", "urgent", "openSeconds", "closeSeconds")
  SELECT * FROM trend_members_now(NULL);
  INSERT INTO "TrendCell" ("partnershipId", "week", "platformId", "harmCategoryId", "yearBand", "phase", "area",
    "urgent", "concerns", "opened", "openSeconds", "closed", "closeSeconds")
  SELECT m."partnershipId", m."week", p.id, h.id, m."yearBand", m."phase", m."area", m."urgent", count(*),
    count(m."openSeconds"), COALESCE(sum(m."openSeconds"), 0), count(m."closeSeconds"), COALESCE(sum(m."closeSeconds"), 0)
  FROM "TrendMember" m
  CROSS JOIN LATERAL unnest(array_append(m."platformIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS p(id)
  CROSS JOIN LATERAL unnest(array_append(m."harmIds", '00000000-0000-0000-0000-000000000000'::uuid)) AS h(id)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
END
$$;

CREATE FUNCTION trend_on_concern() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM trend_resync(OLD.id); ELSE PERFORM trend_resync(NEW.id); END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION trend_on_concern_link() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM trend_resync(OLD."concernId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM trend_resync(NEW."concernId"); END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION trend_on_school() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM trend_resync(c.id) FROM "Concern" c WHERE c."schoolId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER trend_concern_insert_delete AFTER INSERT OR DELETE ON "Concern"
  FOR EACH ROW EXECUTE FUNCTION trend_on_concern();
CREATE TRIGGER trend_concern_update AFTER UPDATE ON "Concern" FOR EACH ROW
  WHEN ((OLD."submittedAt", OLD."schoolId", OLD."childYear", OLD."childAge", OLD."urgent", OLD."firstOpenedAt",
    OLD."closedAt", OLD."partnershipId") IS DISTINCT FROM (NEW."submittedAt", NEW."schoolId", NEW."childYear",
    NEW."childAge", NEW."urgent", NEW."firstOpenedAt", NEW."closedAt", NEW."partnershipId"))
  EXECUTE FUNCTION trend_on_concern();
CREATE TRIGGER trend_concern_platform AFTER INSERT OR UPDATE OR DELETE ON "ConcernPlatform"
  FOR EACH ROW EXECUTE FUNCTION trend_on_concern_link();
CREATE TRIGGER trend_concern_harm AFTER INSERT OR UPDATE OR DELETE ON "ConcernHarm"
  FOR EACH ROW EXECUTE FUNCTION trend_on_concern_link();
CREATE TRIGGER trend_school_update AFTER UPDATE ON "School" FOR EACH ROW
  WHEN ((OLD."phase", OLD."town", OLD."localAuthority") IS DISTINCT FROM (NEW."phase", NEW."town", NEW."localAuthority"))
  EXECUTE FUNCTION trend_on_school();

-- Concerns already written before this migration.
SELECT trend_rebuild();
