-- AlterTable
ALTER TABLE "StaffSession" ADD COLUMN     "identityId" UUID,
ADD COLUMN     "providerVouchedUntil" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "SignInIdentity" ADD COLUMN     "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "refreshToken" TEXT;

-- CreateIndex
CREATE INDEX "StaffSession_identityId_idx" ON "StaffSession"("identityId");

-- CreateIndex
CREATE INDEX "SignInIdentity_checkedAt_idx" ON "SignInIdentity"("checkedAt");

-- CreateIndex
CREATE INDEX "SignInIdentity_plain_text_idx" ON "SignInIdentity"("id") WHERE (("refreshToken" IS NOT NULL AND "refreshToken" <> '' AND NOT "refreshToken" ~ '^enc:v[12]:'));

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "SignInIdentity"("id") ON DELETE SET NULL ON UPDATE CASCADE;
