-- AlterTable
ALTER TABLE "OutboxEmail" ALTER COLUMN "subject" SET DATA TYPE TEXT;

-- Sent email is never sent again: forget the bodies already kept (they may hold live bearer links).
UPDATE "OutboxEmail" SET "textBody" = '', "htmlBody" = '' WHERE status = 'SENT';
