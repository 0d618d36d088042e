-- The content libraries published from, in order (number ascending). At start-up a node
-- whose library is one published before and since replaced by a newer one does not
-- publish it again: an old node restarted beside an upgraded one would otherwise put the
-- old text back as a new version for everyone. fingerprint: SHA-256 over every content
-- file's path and text (org.commonground.content.control.Fingerprint).
CREATE TABLE content_release (
    number           INTEGER      NOT NULL PRIMARY KEY,
    fingerprint      VARCHAR(64)  NOT NULL,
    source           VARCHAR(500) NOT NULL,
    first_loaded_at  TIMESTAMP    NOT NULL,
    last_loaded_at   TIMESTAMP    NOT NULL,
    CONSTRAINT content_release_fingerprint UNIQUE (fingerprint)
);
