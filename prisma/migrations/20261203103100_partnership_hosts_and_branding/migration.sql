-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "brandColour" VARCHAR(7),
ADD COLUMN     "dataControllerName" VARCHAR(200),
ADD COLUMN     "generalPhone" VARCHAR(30),
ADD COLUMN     "privacyNoticeText" VARCHAR(2000),
ADD COLUMN     "privacyNoticeUrl" VARCHAR(500),
ADD COLUMN     "shortName" VARCHAR(60);

-- CreateTable
CREATE TABLE "PartnershipHost" (
    "hostname" VARCHAR(253) NOT NULL,
    "partnershipId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipHost_pkey" PRIMARY KEY ("hostname")
);

-- CreateIndex
CREATE INDEX "PartnershipHost_partnershipId_idx" ON "PartnershipHost"("partnershipId");

-- AddForeignKey
ALTER TABLE "PartnershipHost" ADD CONSTRAINT "PartnershipHost_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
