-- AlterTable
ALTER TABLE "ConcernEvent" ADD COLUMN     "sendKey" UUID;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "sendKey" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "ConcernEvent_concernId_sendKey_key" ON "ConcernEvent"("concernId", "sendKey");

-- CreateIndex
CREATE UNIQUE INDEX "Message_concernId_sendKey_key" ON "Message"("concernId", "sendKey");
