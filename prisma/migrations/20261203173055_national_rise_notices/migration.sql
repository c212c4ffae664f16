-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "nationalEarlyWarning" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "NationalRiseNotice" (
    "id" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "windowStart" DATE NOT NULL,
    "areas" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NationalRiseNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NationalRiseNotice_platformId_windowStart_key" ON "NationalRiseNotice"("platformId", "windowStart");

-- AddForeignKey
ALTER TABLE "NationalRiseNotice" ADD CONSTRAINT "NationalRiseNotice_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE CASCADE ON UPDATE CASCADE;
