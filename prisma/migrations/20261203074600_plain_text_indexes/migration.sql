-- CreateIndex
CREATE INDEX "StaffUser_plain_text_idx" ON "StaffUser"("id") WHERE (("totpSecret" IS NOT NULL AND "totpSecret" <> '' AND NOT "totpSecret" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE INDEX "Concern_plain_text_idx" ON "Concern"("id") WHERE (("description" IS NOT NULL AND "description" <> '' AND NOT "description" ~ '^enc:v[12]:') OR ("harmOther" IS NOT NULL AND "harmOther" <> '' AND NOT "harmOther" ~ '^enc:v[12]:') OR ("childName" IS NOT NULL AND "childName" <> '' AND NOT "childName" ~ '^enc:v[12]:') OR ("schoolOther" IS NOT NULL AND "schoolOther" <> '' AND NOT "schoolOther" ~ '^enc:v[12]:') OR ("reporterName" IS NOT NULL AND "reporterName" <> '' AND NOT "reporterName" ~ '^enc:v[12]:') OR ("reporterEmail" IS NOT NULL AND "reporterEmail" <> '' AND NOT "reporterEmail" ~ '^enc:v[12]:') OR ("reporterPhone" IS NOT NULL AND "reporterPhone" <> '' AND NOT "reporterPhone" ~ '^enc:v[12]:') OR ("reporterSafeTimes" IS NOT NULL AND "reporterSafeTimes" <> '' AND NOT "reporterSafeTimes" ~ '^enc:v[12]:') OR ("relationshipOther" IS NOT NULL AND "relationshipOther" <> '' AND NOT "relationshipOther" ~ '^enc:v[12]:') OR ("outcome" IS NOT NULL AND "outcome" <> '' AND NOT "outcome" ~ '^enc:v[12]:') OR ("legalHoldReason" IS NOT NULL AND "legalHoldReason" <> '' AND NOT "legalHoldReason" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE INDEX "ConcernPlatform_plain_text_idx" ON "ConcernPlatform"("concernId") WHERE (("otherName" IS NOT NULL AND "otherName" <> '' AND NOT "otherName" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE INDEX "ConcernEvent_plain_text_idx" ON "ConcernEvent"("id") WHERE (("summary" IS NOT NULL AND "summary" <> '' AND NOT "summary" ~ '^enc:v[12]:') OR ("detail" IS NOT NULL AND NOT (jsonb_typeof("detail") = 'string' AND "detail" #>> '{}' ~ '^enc:v[12]:')));

-- CreateIndex
CREATE INDEX "Message_plain_text_idx" ON "Message"("id") WHERE (("body" IS NOT NULL AND "body" <> '' AND NOT "body" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE INDEX "Referral_plain_text_idx" ON "Referral"("id") WHERE (("theirReference" IS NOT NULL AND "theirReference" <> '' AND NOT "theirReference" ~ '^enc:v[12]:') OR ("destinationOther" IS NOT NULL AND "destinationOther" <> '' AND NOT "destinationOther" ~ '^enc:v[12]:'));

-- CreateIndex
CREATE INDEX "OutboxEmail_plain_text_idx" ON "OutboxEmail"("id") WHERE (("subject" IS NOT NULL AND "subject" <> '' AND NOT "subject" ~ '^enc:v[12]:') OR ("textBody" IS NOT NULL AND "textBody" <> '' AND NOT "textBody" ~ '^enc:v[12]:') OR ("htmlBody" IS NOT NULL AND "htmlBody" <> '' AND NOT "htmlBody" ~ '^enc:v[12]:') OR (("toAddress" IS NOT NULL AND "toAddress" <> '' AND NOT "toAddress" ~ '^enc:v[12]:') AND kind LIKE 'reporter.%'));

-- CreateIndex
CREATE INDEX "ReportDraft_plain_text_idx" ON "ReportDraft"("tokenHash") WHERE (("answers" IS NOT NULL AND NOT (jsonb_typeof("answers") = 'string' AND "answers" #>> '{}' ~ '^enc:v[12]:')));

-- CreateIndex
CREATE INDEX "TrendFlag_plain_text_idx" ON "TrendFlag"("id") WHERE (("subjectName" IS NOT NULL AND "subjectName" <> '' AND NOT "subjectName" ~ '^enc:v[12]:'));
