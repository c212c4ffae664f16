-- AlterTable
ALTER TABLE "StaffSession" ADD COLUMN     "factorProvenAt" TIMESTAMPTZ(3);
