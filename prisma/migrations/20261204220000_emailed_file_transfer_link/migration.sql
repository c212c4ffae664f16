-- AlterEnum
ALTER TYPE "ConcernEventKind" ADD VALUE 'TRANSFER_LINK_USED';

-- DropIndex
DROP INDEX "FileTransfer_plain_text_idx";

-- AlterTable
ALTER TABLE "FileTransfer" ADD COLUMN     "failedPasscodes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "grantExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "grantHash" VARCHAR(64),
ADD COLUMN     "linkExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "linkTokenHash" VARCHAR(64),
ADD COLUMN     "lockedAt" TIMESTAMPTZ(3),
ADD COLUMN     "passcodeHash" VARCHAR(200),
ADD COLUMN     "receivedByName" TEXT,
ADD COLUMN     "receivedByRole" TEXT,
ADD COLUMN     "recipientEmail" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "FileTransfer_linkTokenHash_key" ON "FileTransfer"("linkTokenHash");

-- CreateIndex
CREATE INDEX "FileTransfer_plain_text_idx" ON "FileTransfer"("id") WHERE (("note" IS NOT NULL AND "note" <> '' AND NOT "note" ~ '^enc:v[12]:') OR ("returnReason" IS NOT NULL AND "returnReason" <> '' AND NOT "returnReason" ~ '^enc:v[12]:') OR ("recipientEmail" IS NOT NULL AND "recipientEmail" <> '' AND NOT "recipientEmail" ~ '^enc:v[12]:') OR ("receivedByName" IS NOT NULL AND "receivedByName" <> '' AND NOT "receivedByName" ~ '^enc:v[12]:') OR ("receivedByRole" IS NOT NULL AND "receivedByRole" <> '' AND NOT "receivedByRole" ~ '^enc:v[12]:'));
