-- CreateEnum
CREATE TYPE "SignInProviderKind" AS ENUM ('ENTRA', 'GOOGLE', 'OIDC');

-- CreateTable
CREATE TABLE "SignInProvider" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "kind" "SignInProviderKind" NOT NULL,
    "displayName" VARCHAR(60) NOT NULL,
    "issuer" VARCHAR(500),
    "clientId" VARCHAR(500) NOT NULL,
    "clientSecret" TEXT NOT NULL,
    "allowedDomains" VARCHAR(253)[],
    "mfaClaim" VARCHAR(100) NOT NULL DEFAULT 'amr',
    "requireOurTotp" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInIdentity" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInProvider_partnershipId_enabled_idx" ON "SignInProvider"("partnershipId", "enabled");

-- CreateIndex
CREATE INDEX "SignInProvider_plain_text_idx" ON "SignInProvider"("id") WHERE (("clientSecret" IS NOT NULL AND "clientSecret" <> '' AND NOT "clientSecret" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE UNIQUE INDEX "SignInProvider_partnershipId_displayName_key" ON "SignInProvider"("partnershipId", "displayName");

-- CreateIndex
CREATE INDEX "SignInIdentity_userId_idx" ON "SignInIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SignInIdentity_providerId_subject_key" ON "SignInIdentity"("providerId", "subject");

-- AddForeignKey
ALTER TABLE "SignInProvider" ADD CONSTRAINT "SignInProvider_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInIdentity" ADD CONSTRAINT "SignInIdentity_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "SignInProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInIdentity" ADD CONSTRAINT "SignInIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
