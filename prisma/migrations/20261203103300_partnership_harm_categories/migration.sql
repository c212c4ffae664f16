-- DropIndex
DROP INDEX "HarmCategory_name_key";

-- AlterTable
ALTER TABLE "HarmCategory" ADD COLUMN     "partnershipId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "HarmCategory_partnershipId_name_key" ON "HarmCategory"("partnershipId", "name");

-- AddForeignKey
ALTER TABLE "HarmCategory" ADD CONSTRAINT "HarmCategory_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
