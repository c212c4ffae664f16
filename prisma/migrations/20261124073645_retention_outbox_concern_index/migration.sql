-- CreateIndex
CREATE INDEX "OutboxEmail_concernId_idx" ON "OutboxEmail"("concernId");
