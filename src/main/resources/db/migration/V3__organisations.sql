-- Organisations, teams, memberships, managers' scopes, join codes, the audit of
-- grants, one-time account tokens and the mail outbox.
CREATE TABLE organisation (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    uuid       VARCHAR(36)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    CONSTRAINT organisation_uuid_unique UNIQUE (uuid)
);

CREATE TABLE team (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    uuid            VARCHAR(36)  NOT NULL,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT team_uuid_unique UNIQUE (uuid),
    CONSTRAINT team_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX team_organisation_idx ON team (organisation_id);

CREATE TABLE membership (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    staff_group     VARCHAR(40) NOT NULL,
    started_at      TIMESTAMP   NOT NULL,
    ended_at        TIMESTAMP,
    CONSTRAINT membership_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT membership_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX membership_account_idx ON membership (account_id);
CREATE INDEX membership_organisation_idx ON membership (organisation_id, ended_at);

CREATE TABLE team_member (
    membership_id BIGINT NOT NULL,
    team_id       BIGINT NOT NULL,
    CONSTRAINT team_member_pk PRIMARY KEY (membership_id, team_id),
    CONSTRAINT team_member_membership_fk FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT team_member_team_fk FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX team_member_team_idx ON team_member (team_id);

CREATE TABLE manager_scope (
    id              BIGINT    NOT NULL PRIMARY KEY,
    account_id      BIGINT    NOT NULL,
    organisation_id BIGINT    NOT NULL,
    team_id         BIGINT,
    granted_at      TIMESTAMP NOT NULL,
    granted_by      BIGINT,
    CONSTRAINT manager_scope_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT manager_scope_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT manager_scope_team_fk FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX manager_scope_account_idx ON manager_scope (account_id);

CREATE TABLE join_code (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    code            VARCHAR(32)  NOT NULL,
    organisation_id BIGINT       NOT NULL,
    team_id         BIGINT,
    invited_email   VARCHAR(254),
    expires_at      TIMESTAMP    NOT NULL,
    max_uses        INTEGER      NOT NULL,
    uses            INTEGER      NOT NULL,
    revoked         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    created_by      BIGINT,
    CONSTRAINT join_code_code_unique UNIQUE (code),
    CONSTRAINT join_code_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT join_code_team_fk FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    at              TIMESTAMP    NOT NULL,
    actor_id        BIGINT,
    subject_id      BIGINT,
    organisation_id BIGINT,
    action          VARCHAR(40)  NOT NULL,
    detail          VARCHAR(400) NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_id);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);

CREATE TABLE account_token (
    id         BIGINT       NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    new_email  VARCHAR(254),
    created_at TIMESTAMP    NOT NULL,
    expires_at TIMESTAMP    NOT NULL,
    used_at    TIMESTAMP,
    CONSTRAINT account_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT account_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE mail_message (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    recipient  VARCHAR(254)   NOT NULL,
    subject    VARCHAR(200)   NOT NULL,
    body       VARCHAR(20000) NOT NULL,
    created_at TIMESTAMP      NOT NULL,
    sent_at    TIMESTAMP,
    attempts   INTEGER        NOT NULL,
    last_error VARCHAR(400)
);
CREATE INDEX mail_message_created_idx ON mail_message (created_at);
