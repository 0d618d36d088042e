-- Identity: personal accounts and the roles they hold.
-- One sequence for all ids; EclipseLink allocates 50 at a time (BaseEntity).
-- EclipseLink reads NEXT VALUE as the last id of a block of 50, so the first value is 50.
CREATE SEQUENCE cg_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    email                VARCHAR(254) NOT NULL,
    email_key            VARCHAR(254) NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    password_hash        VARCHAR(400) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    disabled             BOOLEAN      NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    CONSTRAINT account_email_key_unique UNIQUE (email_key)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
