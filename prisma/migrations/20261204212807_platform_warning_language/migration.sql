-- AlterTable
ALTER TABLE "PlatformWarning" ADD COLUMN     "language" VARCHAR(10) NOT NULL DEFAULT 'en';
