-- LTI 1.3: the tool's own signing keys (shared by every node), the learning platforms
-- (LMSs) registered by administrators with their deployments, the logins begun and not
-- yet launched (state and nonce, single use), and each launched person's link to a
-- module and its gradebook column, which also holds the score waiting to be sent.
CREATE TABLE lti_tool_key (
    id          BIGINT         NOT NULL PRIMARY KEY,
    kid         VARCHAR(64)    NOT NULL,
    public_jwk  VARCHAR(4000)  NOT NULL,
    private_jwk VARCHAR(8000)  NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    retired_at  TIMESTAMP,
    CONSTRAINT lti_tool_key_kid_unique UNIQUE (kid)
);

CREATE TABLE lti_platform (
    id         BIGINT         NOT NULL PRIMARY KEY,
    version    BIGINT         NOT NULL,
    name       VARCHAR(200)   NOT NULL,
    issuer     VARCHAR(400)   NOT NULL,
    client_id  VARCHAR(255)   NOT NULL,
    login_url  VARCHAR(1000)  NOT NULL,
    token_url  VARCHAR(1000)  NOT NULL,
    jwks_url   VARCHAR(1000)  NOT NULL,
    created_at TIMESTAMP      NOT NULL,
    CONSTRAINT lti_platform_unique UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployment (
    id                BIGINT        NOT NULL PRIMARY KEY,
    platform_id       BIGINT        NOT NULL,
    deployment_id     VARCHAR(255)  NOT NULL,
    organisation_uuid VARCHAR(36),
    CONSTRAINT lti_deployment_unique UNIQUE (platform_id, deployment_id),
    CONSTRAINT lti_deployment_platform_fk FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
);

CREATE TABLE lti_login (
    id          BIGINT        NOT NULL PRIMARY KEY,
    state       VARCHAR(64)   NOT NULL,
    nonce       VARCHAR(64)   NOT NULL,
    platform_id BIGINT        NOT NULL,
    expires_at  TIMESTAMP     NOT NULL,
    CONSTRAINT lti_login_state_unique UNIQUE (state),
    CONSTRAINT lti_login_platform_fk FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
);
CREATE INDEX lti_login_expires_idx ON lti_login (expires_at);

CREATE TABLE lti_link (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL,
    account_id        BIGINT         NOT NULL,
    platform_id       BIGINT         NOT NULL,
    module_uuid       VARCHAR(36)    NOT NULL,
    lineitem_url      VARCHAR(1000)  NOT NULL,
    user_subject      VARCHAR(255)   NOT NULL,
    launched_at       TIMESTAMP      NOT NULL,
    score_given       DOUBLE PRECISION,
    score_maximum     DOUBLE PRECISION,
    activity_progress VARCHAR(20),
    grading_progress  VARCHAR(20),
    scored_at         TIMESTAMP,
    sent_at           TIMESTAMP,
    attempts          INTEGER        NOT NULL,
    next_attempt_at   TIMESTAMP,
    last_error        VARCHAR(500),
    CONSTRAINT lti_link_unique UNIQUE (account_id, lineitem_url),
    CONSTRAINT lti_link_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT lti_link_platform_fk FOREIGN KEY (platform_id) REFERENCES lti_platform (id) ON DELETE CASCADE
);
CREATE INDEX lti_link_account_module_idx ON lti_link (account_id, module_uuid);
CREATE INDEX lti_link_due_idx ON lti_link (next_attempt_at);
