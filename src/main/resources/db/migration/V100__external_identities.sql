-- A person's identity at an OpenID Connect provider (issuer and subject), linked to
-- one account. Linked only after the person proved control of the account, or when
-- the sign-in created the account.
CREATE TABLE external_identity (
    id         BIGINT        NOT NULL PRIMARY KEY,
    issuer     VARCHAR(400)  NOT NULL,
    subject    VARCHAR(255)  NOT NULL,
    account_id BIGINT        NOT NULL,
    linked_at  TIMESTAMP     NOT NULL,
    CONSTRAINT external_identity_unique UNIQUE (issuer, subject),
    CONSTRAINT external_identity_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX external_identity_account_idx ON external_identity (account_id);

-- An organisation whose members must sign in through its identity provider (not with a password).
ALTER TABLE organisation ADD COLUMN require_sso BOOLEAN DEFAULT FALSE NOT NULL;
