-- Practice follow-up: a learner's answers to a module's follow-up questions, asked 30 and
-- 90 days after they completed it (the day of the completion names which one). Private
-- to the learner; only counts of who answered leave this table.
CREATE TABLE follow_up_answer (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    module_uuid   VARCHAR(36)   NOT NULL,
    completed_on  DATE          NOT NULL,
    after_days    INTEGER       NOT NULL,
    question_uuid VARCHAR(36)   NOT NULL,
    question_text VARCHAR(300)  NOT NULL,
    answer        VARCHAR(4000) NOT NULL,
    saved_at      TIMESTAMP     NOT NULL,
    CONSTRAINT follow_up_answer_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT follow_up_answer_unique UNIQUE (account_id, module_uuid, completed_on, after_days, question_uuid)
);
CREATE INDEX follow_up_answer_module ON follow_up_answer (module_uuid, after_days);

-- The private address of a learner's calendar feed of due dates: only a SHA-256 hash of
-- its random token is kept. Making a new address replaces the row, so the old one stops.
CREATE TABLE calendar_feed (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    CONSTRAINT calendar_feed_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT calendar_feed_account_unique UNIQUE (account_id),
    CONSTRAINT calendar_feed_token_unique UNIQUE (token_hash)
);
