-- AlterTable
ALTER TABLE "Platform" ADD COLUMN     "reportSteps" VARCHAR(200)[] DEFAULT ARRAY[]::VARCHAR(200)[],
ADD COLUMN     "reportUrl" VARCHAR(500);

-- AlterTable
ALTER TABLE "PartnershipPlatform" ADD COLUMN     "reportSteps" VARCHAR(200)[] DEFAULT ARRAY[]::VARCHAR(200)[],
ADD COLUMN     "reportUrl" VARCHAR(500);

