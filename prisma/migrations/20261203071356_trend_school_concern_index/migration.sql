-- CreateIndex
CREATE INDEX "Concern_schoolId_submittedAt_idx" ON "Concern"("schoolId", "submittedAt");
