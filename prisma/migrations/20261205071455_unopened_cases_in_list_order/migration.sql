-- CreateIndex
CREATE INDEX "Concern_unopened_school_idx" ON "Concern"("schoolId", "urgent" DESC, "lastActivityAt" DESC, "id") WHERE ("firstOpenedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Concern_unopened_route_idx" ON "Concern"("partnershipId", "route", "urgent" DESC, "lastActivityAt" DESC, "id") WHERE ("firstOpenedAt" IS NULL);
