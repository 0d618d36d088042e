package org.commonground.maturity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.commonground.platform.entity.BaseEntity;

/** One change to a self-assessment: the history of who judged what, when. */
@Entity
@Table(name = "maturity_history")
public class AssessmentChange extends BaseEntity {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "activity_uuid", nullable = false, length = 36)
    private String activityUuid;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Assessment.Status status;

    @Column(name = "note", nullable = false, length = 2000)
    private String note;

    @Column(name = "evidence_url", length = 500)
    private String evidenceUrl;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_by")
    private Long assessedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AssessmentChange() {
    }

    public AssessmentChange(Assessment assessment, Instant changedAt) {
        this.organisationId = assessment.getOrganisationId();
        this.activityUuid = assessment.getActivityUuid();
        this.status = assessment.getStatus();
        this.note = assessment.getNote();
        this.evidenceUrl = assessment.getEvidenceUrl();
        this.assessedOn = assessment.getAssessedOn();
        this.assessedBy = assessment.getAssessedBy();
        this.changedAt = changedAt;
    }

    public String getActivityUuid() {
        return activityUuid;
    }

    public Assessment.Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Long getAssessedBy() {
        return assessedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
