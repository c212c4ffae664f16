-- AlterTable: staff see the day the reporter last checked, in UK time, and no longer the moment.
ALTER TABLE "Concern" ALTER COLUMN "reporterLastCheckAt" SET DATA TYPE DATE
  USING ("reporterLastCheckAt" AT TIME ZONE 'Europe/London')::date;

-- CreateTable
CREATE TABLE "ReporterSession" (
    "tokenHash" VARCHAR(64) NOT NULL,
    "concernId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReporterSession_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "ReporterSession_concernId_idx" ON "ReporterSession"("concernId");

-- CreateIndex
CREATE INDEX "ReporterSession_expiresAt_idx" ON "ReporterSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "ReporterSession" ADD CONSTRAINT "ReporterSession_concernId_fkey" FOREIGN KEY ("concernId") REFERENCES "Concern"("id") ON DELETE CASCADE ON UPDATE CASCADE;
