-- CreateEnum
CREATE TYPE "PlatformResponse" AS ENUM ('REMOVED', 'NO_REPLY', 'REFUSED', 'DONT_KNOW');

-- AlterEnum
ALTER TYPE "ConcernEventKind" ADD VALUE 'PLATFORM_RESPONSE';

-- CreateTable
CREATE TABLE "ConcernPlatformResponse" (
    "concernId" UUID NOT NULL,
    "platformId" UUID NOT NULL,
    "response" "PlatformResponse" NOT NULL,
    "answeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConcernPlatformResponse_pkey" PRIMARY KEY ("concernId","platformId")
);

-- CreateIndex
CREATE INDEX "ConcernPlatformResponse_platformId_response_idx" ON "ConcernPlatformResponse"("platformId", "response");

-- AddForeignKey
ALTER TABLE "ConcernPlatformResponse" ADD CONSTRAINT "ConcernPlatformResponse_concernId_platformId_fkey" FOREIGN KEY ("concernId", "platformId") REFERENCES "ConcernPlatform"("concernId", "platformId") ON DELETE CASCADE ON UPDATE CASCADE;
