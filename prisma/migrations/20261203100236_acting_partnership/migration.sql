-- AlterTable
ALTER TABLE "StaffSession" ADD COLUMN     "actingPartnershipId" UUID;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_actingPartnershipId_fkey" FOREIGN KEY ("actingPartnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;
