-- AlterTable
ALTER TABLE "Concern" ALTER COLUMN "legalHoldReason" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "ConcernPlatform" ALTER COLUMN "otherName" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "TrendFlag" ALTER COLUMN "subjectName" SET DATA TYPE TEXT;
