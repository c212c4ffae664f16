-- AlterTable
ALTER TABLE "SignInProvider" ADD COLUMN     "recheckFailingSince" TIMESTAMPTZ(3),
ADD COLUMN     "recheckFailure" VARCHAR(20),
ADD COLUMN     "recheckFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "recheckWarnedAt" TIMESTAMPTZ(3);
