-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "outOfHoursPhone" VARCHAR(30);

-- AlterTable
ALTER TABLE "Concern" ADD COLUMN     "urgencyReasons" VARCHAR(60)[] DEFAULT ARRAY[]::VARCHAR(60)[];

-- Until now only the parent's "a child is in danger right now" made a report urgent.
UPDATE "Concern" SET "urgencyReasons" = ARRAY['danger-now']::VARCHAR(60)[] WHERE "urgent";
