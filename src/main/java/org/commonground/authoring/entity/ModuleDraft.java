package org.commonground.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.content.entity.LearningModule;
import org.commonground.platform.entity.VersionedEntity;

/**
 * The next version of a module while trainers write it. Its files live in
 * {@link DraftFile}s, in the same format as the repository's files. A module has at
 * most one open draft; publishing turns it into a module version and closes it.
 */
@Entity
@Table(name = "module_draft")
@NamedQuery(name = ModuleDraft.OPEN_FOR_MODULE,
        query = "select d from ModuleDraft d where d.module.uuid = :uuid and d.status in :open")
@NamedQuery(name = ModuleDraft.OPEN,
        query = "select d from ModuleDraft d join fetch d.module where d.status in :open")
public class ModuleDraft extends VersionedEntity {

    public static final String OPEN_FOR_MODULE = "ModuleDraft.openForModule";
    public static final String OPEN = "ModuleDraft.open";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private LearningModule module;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DraftStatus status;

    @Column(name = "based_on")
    private Integer basedOn;

    @Column(name = "published_as")
    private Integer publishedAs;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ModuleDraft() {
    }

    public ModuleDraft(LearningModule module, Integer basedOn, long createdBy, Instant at) {
        this.module = Objects.requireNonNull(module);
        this.basedOn = basedOn;
        this.status = DraftStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(at);
        this.updatedBy = createdBy;
        this.updatedAt = at;
    }

    public void edited(long by, Instant at) {
        requireOpen();
        this.updatedBy = by;
        this.updatedAt = Objects.requireNonNull(at);
    }

    public void sentForReview(long by, Instant at) {
        edited(by, at);
        this.status = DraftStatus.IN_REVIEW;
    }

    public void published(int versionNumber, long by, Instant at) {
        edited(by, at);
        this.status = DraftStatus.PUBLISHED;
        this.publishedAs = versionNumber;
    }

    public void discarded(long by, Instant at) {
        edited(by, at);
        this.status = DraftStatus.DISCARDED;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("draft " + getId() + " is " + status);
        }
    }

    public LearningModule getModule() {
        return module;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public Integer getBasedOn() {
        return basedOn;
    }

    public Integer getPublishedAs() {
        return publishedAs;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
