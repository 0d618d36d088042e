-- Quiz rules: the questions an attempt was given when the quiz draws from a pool
-- (space-separated uuids; empty when every question was asked), and the extra
-- attempts a trainer or manager allowed a learner after the last allowed one.
ALTER TABLE quiz_attempt ADD COLUMN paper VARCHAR(4000);

CREATE TABLE quiz_allowance (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    module_uuid VARCHAR(36) NOT NULL,
    quiz_uuid   VARCHAR(36) NOT NULL,
    extra       INTEGER     NOT NULL,
    granted_by  BIGINT      NOT NULL,
    granted_at  TIMESTAMP   NOT NULL,
    CONSTRAINT quiz_allowance_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX quiz_allowance_account_idx ON quiz_allowance (account_id, quiz_uuid);
