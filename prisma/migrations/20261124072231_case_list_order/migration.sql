-- CreateIndex
CREATE INDEX "Concern_schoolId_lastActivityAt_id_idx" ON "Concern"("schoolId", "lastActivityAt" DESC, "id");
