-- Content: modules, their immutable versions (the files each version is made of)
-- and an index of each version's units for reporting. The framework is kept as a file too.
CREATE TABLE learning_module (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    uuid                VARCHAR(36)  NOT NULL,
    folder              VARCHAR(120) NOT NULL,
    current_version     INTEGER,
    files_fingerprint   VARCHAR(64),
    edited_in_browser   BOOLEAN      NOT NULL,
    files_differ        BOOLEAN      NOT NULL,
    pending_fingerprint VARCHAR(64),
    created_at          TIMESTAMP    NOT NULL,
    CONSTRAINT learning_module_uuid_unique UNIQUE (uuid)
);

CREATE TABLE module_version (
    id           BIGINT       NOT NULL PRIMARY KEY,
    module_id    BIGINT       NOT NULL,
    number       INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    stage        VARCHAR(20)  NOT NULL,
    unit_count   INTEGER      NOT NULL,
    minutes      INTEGER      NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    material     BOOLEAN      NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    published_at TIMESTAMP,
    created_by   BIGINT,
    CONSTRAINT module_version_module_fk FOREIGN KEY (module_id) REFERENCES learning_module (id),
    CONSTRAINT module_version_number_unique UNIQUE (module_id, number)
);

CREATE TABLE module_version_file (
    module_version_id BIGINT        NOT NULL,
    path              VARCHAR(300)  NOT NULL,
    content           VARCHAR(500000) NOT NULL,
    CONSTRAINT module_version_file_pk PRIMARY KEY (module_version_id, path),
    CONSTRAINT module_version_file_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id)
);

CREATE TABLE module_version_unit (
    module_version_id BIGINT       NOT NULL,
    position          INTEGER      NOT NULL,
    unit_uuid         VARCHAR(36)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    complete_when     VARCHAR(30)  NOT NULL,
    CONSTRAINT module_version_unit_pk PRIMARY KEY (module_version_id, position),
    CONSTRAINT module_version_unit_version_fk FOREIGN KEY (module_version_id) REFERENCES module_version (id)
);

CREATE TABLE framework (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    uuid        VARCHAR(36)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    fingerprint VARCHAR(64)   NOT NULL,
    content     VARCHAR(500000) NOT NULL,
    imported_at TIMESTAMP     NOT NULL,
    CONSTRAINT framework_uuid_unique UNIQUE (uuid)
);
