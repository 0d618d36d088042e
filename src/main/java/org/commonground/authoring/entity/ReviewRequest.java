package org.commonground.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
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

    @Column(name = "signed_fingerprint", length = 64)
    private String signedFingerprint;

    @Column(name = "signed_role", length = 200)
    private String signedRole;

    @Column(name = "signed_note", length = 1000)
    private String signedNote;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    protected ReviewRequest() {
    }

    public ReviewRequest(ModuleDraft draft, long reviewerId, long requestedBy, Instant at) {
        this.draft = Objects.requireNonNull(draft);
        this.reviewerId = reviewerId;
        this.requestedBy = requestedBy;
        this.requestedAt = Objects.requireNonNull(at);
    }

    /** The reviewer approves the draft whose files have {@code fingerprint}; a later sign-off replaces it. */
    public void signedOff(String fingerprint, String role, String note, LocalDate on, Instant at) {
        this.signedFingerprint = Objects.requireNonNull(fingerprint);
        this.signedRole = Objects.requireNonNull(role);
        this.signedNote = note == null ? "" : note;
        this.signedOn = Objects.requireNonNull(on);
        this.signedOffAt = Objects.requireNonNull(at);
    }

    /** Whether this sign-off was given for the draft as it now is (its files' fingerprint). */
    public boolean approves(String fingerprint) {
        return signedFingerprint != null && signedFingerprint.equals(fingerprint);
    }

    public String getSignedFingerprint() {
        return signedFingerprint;
    }

    public String getSignedRole() {
        return signedRole;
    }

    public String getSignedNote() {
        return signedNote;
    }

    public LocalDate getSignedOn() {
        return signedOn;
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
