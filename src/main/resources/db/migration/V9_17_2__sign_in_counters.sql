-- Sign-in throttling counts in the database: shared by every node, kept across restarts.
-- Keys are SHA-256 hashes of "account:<email>", "address:<client address>" or "device:<token hash>".
CREATE TABLE sign_in_counter (
    counter_key   VARCHAR(64) NOT NULL PRIMARY KEY,
    attempts      INTEGER     NOT NULL,
    window_start  TIMESTAMP   NOT NULL,
    blocked_until TIMESTAMP,
    strikes       INTEGER     NOT NULL
);

-- Browsers where an account signed in before (the known-device cookie's token, hashed).
CREATE TABLE known_device (
    token_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    last_used_at TIMESTAMP   NOT NULL,
    CONSTRAINT known_device_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX known_device_account ON known_device (account_id);
