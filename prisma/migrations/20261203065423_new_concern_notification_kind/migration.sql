-- The email that tells a school's team (or the front door) about a new concern is a "notification"; its
-- outbox kind was 'concern.alert', a second meaning of "alert" beside the published advice to parents.
-- Rows already queued or kept take the new kind, so the delivery page shows one word for them.
UPDATE "OutboxEmail" SET kind = 'concern.new' WHERE kind = 'concern.alert';
