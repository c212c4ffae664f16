-- CreateEnum
CREATE TYPE "DeletionReason" AS ENUM ('CHILD_AGE', 'YEARS_AFTER_CLOSURE');

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "legalHoldById" UUID,
ADD COLUMN     "legalHoldReason" VARCHAR(500),
ADD COLUMN     "legalHoldSince" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "partnershipId" UUID NOT NULL,
    "keepUntilChildAge" SMALLINT NOT NULL DEFAULT 25,
    "yearsAfterClosure" SMALLINT NOT NULL DEFAULT 7,
    "auditYears" SMALLINT NOT NULL DEFAULT 7,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("partnershipId")
);

-- CreateTable
CREATE TABLE "DeletionRecord" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "concernId" UUID NOT NULL,
    "reference" VARCHAR(20) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" "DeletionReason" NOT NULL,
    "policy" JSONB NOT NULL,

    CONSTRAINT "DeletionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeletionRecord_concernId_key" ON "DeletionRecord"("concernId");

-- CreateIndex
CREATE INDEX "DeletionRecord_partnershipId_deletedAt_idx" ON "DeletionRecord"("partnershipId", "deletedAt");

-- CreateIndex
CREATE INDEX "DeletionRecord_reference_idx" ON "DeletionRecord"("reference");

-- AddForeignKey
ALTER TABLE "RetentionPolicy" ADD CONSTRAINT "RetentionPolicy_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- When a closed concern falls due for deletion under a policy (issue 7). One definition, used by the
-- administrators' preview and by the nightly job, so what the page announces is what the job does.
-- The child's age is the age given, or the school year + 5 (Reception children are 4 to 5); it was their
-- age when the concern was sent. Never before closure, whatever the age said.
CREATE FUNCTION retention_due(closed_at timestamptz, submitted_at timestamptz, child_age smallint,
  child_year smallint, keep_until_age integer, years_after_closure integer) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN closed_at IS NULL THEN NULL
    WHEN COALESCE(child_age::int, child_year::int + 5) IS NULL
      THEN closed_at + make_interval(years => years_after_closure)
    ELSE GREATEST(closed_at,
      submitted_at + make_interval(years => keep_until_age - COALESCE(child_age::int, child_year::int + 5)))
  END
$$;
