package org.commonground.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/** A record of who gave or took away what from whom, and when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "detail", nullable = false, length = 400)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, Long actorId, Long subjectId, Long organisationId, String action, String detail) {
        this.at = Objects.requireNonNull(at);
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.organisationId = organisationId;
        this.action = Objects.requireNonNull(action);
        this.detail = detail.length() > 400 ? detail.substring(0, 400) : detail;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
