-- The learner's record: certificates anyone can verify, sharing of worksheet
-- responses, and requests to erase a person's data.
CREATE TABLE certificate (
    id             BIGINT       NOT NULL PRIMARY KEY,
    code           VARCHAR(20)  NOT NULL,
    account_id     BIGINT       NOT NULL,
    module_uuid    VARCHAR(36)  NOT NULL,
    module_version INTEGER      NOT NULL,
    module_title   VARCHAR(200) NOT NULL,
    issued_at      TIMESTAMP    NOT NULL,
    CONSTRAINT certificate_code_unique UNIQUE (code),
    CONSTRAINT certificate_once UNIQUE (account_id, module_uuid, module_version),
    CONSTRAINT certificate_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

ALTER TABLE worksheet_response ADD COLUMN shared_with_managers BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE worksheet_response ADD COLUMN shared_with_trainers BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE worksheet_response ADD COLUMN shared_at TIMESTAMP;

CREATE TABLE erasure_request (
    id           BIGINT    NOT NULL PRIMARY KEY,
    version      BIGINT    NOT NULL,
    account_id   BIGINT    NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    confirmed_by BIGINT,
    CONSTRAINT erasure_request_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
