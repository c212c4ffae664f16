-- DropIndex
DROP INDEX "Concern_schoolId_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Concern_schoolId_submittedAt_partnershipId_idx" ON "Concern"("schoolId", "submittedAt", "partnershipId");

-- CreateIndex
CREATE INDEX "Concern_partnershipId_submittedAt_id_schoolId_idx" ON "Concern"("partnershipId", "submittedAt", "id", "schoolId");
