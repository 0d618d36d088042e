-- Background jobs run once across all nodes: one lease row per job. A node takes the
-- lease with one atomic UPDATE when it has expired (or is its own); a node that dies
-- leaves a lease that expires. last_period is the period (a day, a week) last finished.
CREATE TABLE job_lease (
    job          VARCHAR(80)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(120),
    lease_until  TIMESTAMP,
    last_period  VARCHAR(40),
    last_run_at  TIMESTAMP,
    runs         BIGINT       NOT NULL
);

-- A message to one person in the platform (and by email when they want it).
-- dedupe_key is unique: a job run twice, or on two nodes, makes no second message.
CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    account_id  BIGINT        NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    dedupe_key  VARCHAR(200)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    link        VARCHAR(500),
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    email_due   BOOLEAN       NOT NULL,
    emailed_at  TIMESTAMP,
    CONSTRAINT notification_key_unique UNIQUE (dedupe_key),
    CONSTRAINT notification_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX notification_account ON notification (account_id, created_at);
CREATE INDEX notification_email_due ON notification (email_due, account_id);

-- The unread count travels with the account row that every signed-in request reads.
ALTER TABLE account ADD COLUMN unread_notifications INTEGER DEFAULT 0 NOT NULL;

-- Per person and kind: platform only (no email). No row: email and platform.
CREATE TABLE notification_preference (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    by_email   BOOLEAN     NOT NULL,
    CONSTRAINT notification_preference_pk PRIMARY KEY (account_id, kind),
    CONSTRAINT notification_preference_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Mail retries: the next attempt, a claim while one node sends (a node that stops
-- mid-send leaves a claim that expires, so the message is sent again at most once more),
-- a stable Message-ID, and a key so one email per person, kind and day is made once.
ALTER TABLE mail_message ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE mail_message ADD COLUMN claimed_until TIMESTAMP;
ALTER TABLE mail_message ADD COLUMN message_id VARCHAR(200);
ALTER TABLE mail_message ADD COLUMN dedupe_key VARCHAR(200);
ALTER TABLE mail_message ADD COLUMN gave_up BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE mail_message ADD CONSTRAINT mail_message_key_unique UNIQUE (dedupe_key);
CREATE INDEX mail_message_pending ON mail_message (sent_at, next_attempt_at);
