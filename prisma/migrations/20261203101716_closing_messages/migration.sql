-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "closingMessage" VARCHAR(600);

-- CreateTable
CREATE TABLE "ClosingMessage" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "title" VARCHAR(80) NOT NULL,
    "body" VARCHAR(600) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClosingMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClosingMessage_partnershipId_active_idx" ON "ClosingMessage"("partnershipId", "active");

-- AddForeignKey
ALTER TABLE "ClosingMessage" ADD CONSTRAINT "ClosingMessage_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
