-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "partnershipId" UUID;

-- CreateIndex
CREATE INDEX "AuditEntry_partnershipId_id_idx" ON "AuditEntry"("partnershipId", "id");

-- Backfill what can be known of the partnership of entries written before the column existed. In order:
-- the concern acted on; the school or invitation acted on; otherwise an actor who has roles in exactly one
-- partnership (their roles today: the best evidence left). The rest stay null: shown to no partnership.
-- The chain hash does not cover this column, so the backfill leaves the chain intact. The append-only
-- trigger is set aside for this one update, inside the migration's transaction.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only";

UPDATE "AuditEntry" e SET "partnershipId" = c."partnershipId"
  FROM "Concern" c WHERE e."concernId" = c.id AND e."partnershipId" IS NULL;

UPDATE "AuditEntry" e SET "partnershipId" = s."partnershipId"
  FROM "School" s WHERE e.subject = 'School' AND e."subjectId" = s.id::text AND e."partnershipId" IS NULL;

UPDATE "AuditEntry" e SET "partnershipId" = i."partnershipId"
  FROM "Invitation" i
  WHERE lower(e.subject) = 'invitation' AND e."subjectId" = i.id::text AND e."partnershipId" IS NULL;

UPDATE "AuditEntry" e SET "partnershipId" = only_one."partnershipId"
  FROM (
    SELECT "userId", (array_agg(DISTINCT "partnershipId"))[1] AS "partnershipId"
    FROM "Membership" GROUP BY "userId" HAVING count(DISTINCT "partnershipId") = 1
  ) only_one
  WHERE e."actorId" = only_one."userId" AND e."partnershipId" IS NULL;

ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only";
