package org.commonground.maturity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/** An organisation's own judgement of one self-assessed activity of the framework. */
@Entity
@Table(name = "maturity_assessment")
public class Assessment extends VersionedEntity {

    public enum Status {
        MET, PARTLY, NOT_YET
    }

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "activity_uuid", nullable = false, length = 36)
    private String activityUuid;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "note", nullable = false, length = 2000)
    private String note;

    @Column(name = "evidence_url", length = 500)
    private String evidenceUrl;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_by")
    private Long assessedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Assessment() {
    }

    public Assessment(long organisationId, String activityUuid) {
        this.organisationId = organisationId;
        this.activityUuid = Objects.requireNonNull(activityUuid);
    }

    public void record(Status newStatus, String newNote, String evidence, LocalDate on, Long by, Instant at) {
        this.status = Objects.requireNonNull(newStatus);
        this.note = newNote == null ? "" : newNote.strip();
        this.evidenceUrl = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.assessedOn = Objects.requireNonNull(on);
        this.assessedBy = by;
        this.updatedAt = at;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getActivityUuid() {
        return activityUuid;
    }

    public Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Long getAssessedBy() {
        return assessedBy;
    }
}
