-- CreateEnum
CREATE TYPE "ReportedToPlatform" AS ENUM ('YES', 'NO', 'NOT_YET');

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "reportedToPlatform" "ReportedToPlatform";
