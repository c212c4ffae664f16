-- AlterTable
ALTER TABLE "ChildRecord" ADD COLUMN     "birthYear" SMALLINT;
