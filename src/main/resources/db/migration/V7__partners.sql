-- The organisation's partnership map: partner organisations by type, the level of
-- each partnership, its effect on access and the work planned. Rows a learner
-- offers from their worksheet wait as OFFERED until a manager accepts them.
CREATE TABLE partner (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    level_today     VARCHAR(20),
    level_wanted    VARCHAR(20),
    access_effect   VARCHAR(2000) NOT NULL,
    planned_work    VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    offered_by      BIGINT,
    offered_from    VARCHAR(36),
    updated_at      TIMESTAMP     NOT NULL,
    updated_by      BIGINT,
    CONSTRAINT partner_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT partner_offered_by_fk FOREIGN KEY (offered_by) REFERENCES account (id)
);
CREATE INDEX partner_organisation_idx ON partner (organisation_id, status);
