-- Who is signed in, so that any node can carry on a person's session when the node that
-- served them stops (sessions stay in each node's memory). key_hash: SHA-256 of the
-- session's key cookie (CGKEY), never the key itself. A row is written at every sign-in,
-- deleted at sign-out, and swept once expired; a node that has never seen the session
-- accepts the key only while the row's expiry, idle time, session epoch, password
-- fingerprint and roles still match the account.
CREATE TABLE signed_in_session (
    key_hash       VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    last_seen_at   TIMESTAMP    NOT NULL,
    expires_at     TIMESTAMP    NOT NULL,
    session_epoch  INTEGER      NOT NULL,
    password_stamp VARCHAR(16)  NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    provider       VARCHAR(100),
    CONSTRAINT signed_in_session_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX signed_in_session_account ON signed_in_session (account_id);
CREATE INDEX signed_in_session_expires ON signed_in_session (expires_at);
