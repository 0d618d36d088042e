-- The learner's journey: assignments, progress through modules and units,
-- completions (kept as history), quiz attempts and worksheet answers.
CREATE TABLE assignment (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    module_uuid     VARCHAR(36) NOT NULL,
    organisation_id BIGINT      NOT NULL,
    team_id         BIGINT,
    account_id      BIGINT,
    due_on          DATE        NOT NULL,
    renewal_months  INTEGER,
    assigned_by     BIGINT,
    created_at      TIMESTAMP   NOT NULL,
    withdrawn_at    TIMESTAMP,
    CONSTRAINT assignment_team_fk FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT assignment_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT assignment_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX assignment_team_idx ON assignment (team_id);
CREATE INDEX assignment_account_idx ON assignment (account_id);

CREATE TABLE module_progress (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    module_uuid     VARCHAR(36) NOT NULL,
    module_version  INTEGER     NOT NULL,
    started_at      TIMESTAMP   NOT NULL,
    last_unit_uuid  VARCHAR(36),
    last_visited_at TIMESTAMP   NOT NULL,
    completed_at    TIMESTAMP,
    completed_version INTEGER,
    CONSTRAINT module_progress_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT module_progress_unique UNIQUE (account_id, module_uuid)
);

CREATE TABLE unit_progress (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    account_id     BIGINT      NOT NULL,
    module_uuid    VARCHAR(36) NOT NULL,
    unit_uuid      VARCHAR(36) NOT NULL,
    read_at        TIMESTAMP,
    completed_at   TIMESTAMP,
    CONSTRAINT unit_progress_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT unit_progress_unique UNIQUE (account_id, module_uuid, unit_uuid)
);

CREATE TABLE completion (
    id             BIGINT      NOT NULL PRIMARY KEY,
    account_id     BIGINT      NOT NULL,
    module_uuid    VARCHAR(36) NOT NULL,
    module_version INTEGER     NOT NULL,
    completed_at   TIMESTAMP   NOT NULL,
    score          DOUBLE PRECISION,
    CONSTRAINT completion_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT completion_unique UNIQUE (account_id, module_uuid, module_version)
);
CREATE INDEX completion_module_idx ON completion (module_uuid, account_id);

CREATE TABLE quiz_attempt (
    id             BIGINT       NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    module_uuid    VARCHAR(36)  NOT NULL,
    module_version INTEGER      NOT NULL,
    unit_uuid      VARCHAR(36)  NOT NULL,
    quiz_uuid      VARCHAR(36)  NOT NULL,
    number         INTEGER      NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    passed         BOOLEAN      NOT NULL,
    submitted_at   TIMESTAMP    NOT NULL,
    CONSTRAINT quiz_attempt_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT quiz_attempt_number_unique UNIQUE (account_id, quiz_uuid, number)
);

CREATE TABLE quiz_answer (
    attempt_id    BIGINT      NOT NULL,
    question_uuid VARCHAR(36) NOT NULL,
    option_key    VARCHAR(40) NOT NULL,
    CONSTRAINT quiz_answer_pk PRIMARY KEY (attempt_id, question_uuid, option_key),
    CONSTRAINT quiz_answer_attempt_fk FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
);
CREATE INDEX quiz_answer_question_idx ON quiz_answer (question_uuid);

CREATE TABLE worksheet_response (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    account_id     BIGINT      NOT NULL,
    module_uuid    VARCHAR(36) NOT NULL,
    unit_uuid      VARCHAR(36) NOT NULL,
    worksheet_uuid VARCHAR(36) NOT NULL,
    started_at     TIMESTAMP   NOT NULL,
    submitted_at   TIMESTAMP,
    CONSTRAINT worksheet_response_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT worksheet_response_unique UNIQUE (account_id, worksheet_uuid)
);

CREATE TABLE worksheet_answer (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL,
    response_id BIGINT         NOT NULL,
    part_uuid   VARCHAR(36)    NOT NULL,
    content     VARCHAR(20000) NOT NULL,
    saved_at    TIMESTAMP      NOT NULL,
    CONSTRAINT worksheet_answer_response_fk FOREIGN KEY (response_id) REFERENCES worksheet_response (id),
    CONSTRAINT worksheet_answer_unique UNIQUE (response_id, part_uuid)
);
