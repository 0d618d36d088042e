-- One stored status per person and module (assigned to them, or started by them):
-- the facts the currency policy decides from, kept up to date with every event
-- that changes them. Filled for existing data at the next start-up.
CREATE TABLE module_status (
    id                BIGINT      NOT NULL PRIMARY KEY,
    version           BIGINT      NOT NULL,
    account_id        BIGINT      NOT NULL,
    module_uuid       VARCHAR(36) NOT NULL,
    assigned          BOOLEAN     NOT NULL,
    due_on            DATE,
    renewal_months    INTEGER,
    started           BOOLEAN     NOT NULL,
    units_done        INTEGER     NOT NULL,
    completed_at      TIMESTAMP,
    completed_version INTEGER,
    renew_on          DATE,
    refresh_needed    BOOLEAN     NOT NULL,
    attempts_used_up  BOOLEAN     NOT NULL,
    exempt_until      DATE,
    exempt_reason     VARCHAR(500),
    exempt_by         BIGINT,
    updated_at        TIMESTAMP   NOT NULL,
    CONSTRAINT module_status_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT module_status_unique UNIQUE (account_id, module_uuid)
);
CREATE INDEX module_status_module_idx ON module_status (module_uuid, account_id);
