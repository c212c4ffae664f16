-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "partnershipId" UUID;

-- CreateTable
CREATE TABLE "ServiceOperator" (
    "userId" UUID NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grantedById" UUID,

    CONSTRAINT "ServiceOperator_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "OutboxEmail_partnershipId_status_idx" ON "OutboxEmail"("partnershipId", "status");

-- AddForeignKey
ALTER TABLE "ServiceOperator" ADD CONSTRAINT "ServiceOperator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceOperator" ADD CONSTRAINT "ServiceOperator_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: email about a concern belongs to the concern's partnership; an invitation's email to the
-- invitation's (its message id names it). Everything else stays null (service mail, shown to no
-- partnership's administrators) rather than guessed.
UPDATE "OutboxEmail" o SET "partnershipId" = c."partnershipId"
  FROM "Concern" c WHERE o."concernId" = c."id" AND o."partnershipId" IS NULL;
UPDATE "OutboxEmail" o SET "partnershipId" = i."partnershipId"
  FROM "Invitation" i
  WHERE o."partnershipId" IS NULL AND o."kind" = 'staff.invitation'
    AND o."messageId" LIKE '<invitation.' || i."id"::text || '.%';
