-- Managers' views and the organisation's maturity: self-assessments of the
-- framework's activities (with their history) and the training threshold.
ALTER TABLE organisation ADD COLUMN training_threshold INTEGER;

CREATE TABLE maturity_assessment (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    activity_uuid   VARCHAR(36)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    note            VARCHAR(2000) NOT NULL,
    evidence_url    VARCHAR(500),
    assessed_on     DATE          NOT NULL,
    assessed_by     BIGINT,
    updated_at      TIMESTAMP     NOT NULL,
    CONSTRAINT maturity_assessment_unique UNIQUE (organisation_id, activity_uuid),
    CONSTRAINT maturity_assessment_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE maturity_history (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    activity_uuid   VARCHAR(36)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    note            VARCHAR(2000) NOT NULL,
    evidence_url    VARCHAR(500),
    assessed_on     DATE          NOT NULL,
    assessed_by     BIGINT,
    changed_at      TIMESTAMP     NOT NULL,
    CONSTRAINT maturity_history_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX maturity_history_org_idx ON maturity_history (organisation_id, changed_at);
CREATE INDEX module_progress_module_idx ON module_progress (module_uuid, account_id);
