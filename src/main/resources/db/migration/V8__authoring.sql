-- Authoring in the browser. A draft holds a module's files in the file format,
-- each file versioned on its own so two trainers on one item cannot overwrite
-- each other. Drafts go to named reviewers, who comment and sign off; a sign-off
-- is written into the draft's module.yaml, so it travels with the version.
CREATE TABLE module_draft (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    module_id    BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    based_on     INTEGER,
    published_as INTEGER,
    created_by   BIGINT       NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    updated_by   BIGINT       NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT module_draft_module_fk FOREIGN KEY (module_id) REFERENCES learning_module (id),
    CONSTRAINT module_draft_created_by_fk FOREIGN KEY (created_by) REFERENCES account (id)
);
CREATE INDEX module_draft_module_idx ON module_draft (module_id, status);

CREATE TABLE draft_file (
    id         BIGINT          NOT NULL PRIMARY KEY,
    version    BIGINT          NOT NULL,
    draft_id   BIGINT          NOT NULL,
    path       VARCHAR(300)    NOT NULL,
    content    VARCHAR(500000) NOT NULL,
    updated_by BIGINT          NOT NULL,
    updated_at TIMESTAMP       NOT NULL,
    CONSTRAINT draft_file_draft_fk FOREIGN KEY (draft_id) REFERENCES module_draft (id),
    CONSTRAINT draft_file_path_unique UNIQUE (draft_id, path)
);

CREATE TABLE review_request (
    id           BIGINT    NOT NULL PRIMARY KEY,
    version      BIGINT    NOT NULL,
    draft_id     BIGINT    NOT NULL,
    reviewer_id  BIGINT    NOT NULL,
    requested_by BIGINT    NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    signed_off_at TIMESTAMP,
    CONSTRAINT review_request_draft_fk FOREIGN KEY (draft_id) REFERENCES module_draft (id),
    CONSTRAINT review_request_reviewer_fk FOREIGN KEY (reviewer_id) REFERENCES account (id),
    CONSTRAINT review_request_unique UNIQUE (draft_id, reviewer_id)
);

CREATE TABLE review_comment (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    draft_id   BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    CONSTRAINT review_comment_draft_fk FOREIGN KEY (draft_id) REFERENCES module_draft (id),
    CONSTRAINT review_comment_author_fk FOREIGN KEY (author_id) REFERENCES account (id)
);

-- Who authored a module: anyone who edited one of its drafts or published a version.
CREATE TABLE module_author (
    module_uuid VARCHAR(36) NOT NULL,
    account_id  BIGINT      NOT NULL,
    CONSTRAINT module_author_pk PRIMARY KEY (module_uuid, account_id),
    CONSTRAINT module_author_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

-- A trainer's reply to a reflection a learner shared with trainers.
CREATE TABLE reflection_reply (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    response_id BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT reflection_reply_response_fk FOREIGN KEY (response_id) REFERENCES worksheet_response (id),
    CONSTRAINT reflection_reply_author_fk FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX reflection_reply_response_idx ON reflection_reply (response_id);
