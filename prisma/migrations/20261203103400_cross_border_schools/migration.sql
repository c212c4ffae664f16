-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "reportedViaPartnershipId" UUID;

-- CreateIndex
CREATE INDEX "School_name_trgm_idx" ON "School" USING GIN ("name" gin_trgm_ops) WHERE (active);

-- CreateIndex
CREATE INDEX "School_town_trgm_idx" ON "School" USING GIN ("town" gin_trgm_ops) WHERE (active);

-- CreateIndex
CREATE INDEX "School_postcode_trgm_idx" ON "School" USING GIN ("postcode" gin_trgm_ops) WHERE (active);

-- CreateIndex
CREATE INDEX "Concern_reported_elsewhere_idx" ON "Concern"("reportedViaPartnershipId", "submittedAt") WHERE ("reportedViaPartnershipId" IS NOT NULL);

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_reportedViaPartnershipId_fkey" FOREIGN KEY ("reportedViaPartnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;
