-- CreateIndex
CREATE INDEX "Concern_partnershipId_route_status_riskLevel_idx" ON "Concern"("partnershipId", "route", "status", "riskLevel");
