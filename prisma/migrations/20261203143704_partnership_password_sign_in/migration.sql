-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "passwordSignIn" BOOLEAN NOT NULL DEFAULT true;
