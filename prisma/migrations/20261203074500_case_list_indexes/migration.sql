-- DropIndex
DROP INDEX "Concern_partnershipId_route_status_idx";

-- CreateIndex
CREATE INDEX "Concern_schoolId_firstOpenedAt_riskLevel_status_idx" ON "Concern"("schoolId", "firstOpenedAt", "riskLevel", "status");

-- CreateIndex
CREATE INDEX "Concern_partnershipId_route_firstOpenedAt_riskLevel_status_idx" ON "Concern"("partnershipId", "route", "firstOpenedAt", "riskLevel", "status");

-- CreateIndex
CREATE INDEX "Concern_partnershipId_route_lastActivityAt_id_idx" ON "Concern"("partnershipId", "route", "lastActivityAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Concern_partnershipId_escalatedAt_idx" ON "Concern"("partnershipId", "escalatedAt");
