package org.commonground.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/** A draft sent to one named reviewer (someone with lived experience, or a community partner). */
@Entity
@Table(name = "review_request")
public class ReviewRequest extends VersionedEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id")
    private ModuleDraft draft;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Column(name = "requested_by", nullable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    protected ReviewRequest() {
    }

    public ReviewRequest(ModuleDraft draft, long reviewerId, long requestedBy, Instant at) {
        this.draft = Objects.requireNonNull(draft);
        this.reviewerId = reviewerId;
        this.requestedBy = requestedBy;
        this.requestedAt = Objects.requireNonNull(at);
    }

    public void signedOff(Instant at) {
        this.signedOffAt = Objects.requireNonNull(at);
    }

    public ModuleDraft getDraft() {
        return draft;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }
}
