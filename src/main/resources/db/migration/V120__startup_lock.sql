-- Start-up work that must happen once (the first administrator, content import, demo data,
-- the progress backfill) runs while a node holds a lock on this row. Nodes that start
-- together on one database take turns: the first does the work, the next find it done.
-- The lock is a row lock held by an open transaction, so a node that dies releases it
-- with its connection. holder and taken_at say which node went last, for the log.
CREATE TABLE startup_lock (
    name         VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(200),
    taken_at     TIMESTAMP,
    starts       BIGINT       NOT NULL
);

INSERT INTO startup_lock (name, starts) VALUES ('startup', 0);
