-- A sign-off records exactly what it approved: the fingerprint of the draft's files
-- when it was given, with the reviewer's role, note and date, and a copy of those
-- files, so a later change shows the sign-off as given for an earlier draft and
-- the reviewer can see what changed since. Sign-offs are written into the module
-- when it is published, and only those given for what is published.
ALTER TABLE review_request ADD COLUMN signed_fingerprint VARCHAR(64);
ALTER TABLE review_request ADD COLUMN signed_role VARCHAR(200);
ALTER TABLE review_request ADD COLUMN signed_note VARCHAR(1000);
ALTER TABLE review_request ADD COLUMN signed_on DATE;

CREATE TABLE reviewed_file (
    id         BIGINT          NOT NULL PRIMARY KEY,
    version    BIGINT          NOT NULL,
    request_id BIGINT          NOT NULL,
    path       VARCHAR(300)    NOT NULL,
    content    VARCHAR(500000) NOT NULL,
    CONSTRAINT reviewed_file_request_fk FOREIGN KEY (request_id) REFERENCES review_request (id),
    CONSTRAINT reviewed_file_path_unique UNIQUE (request_id, path)
);
