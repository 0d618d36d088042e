package org.commonground.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * One file of a draft (a unit, a quiz, a worksheet or the module.yaml), with who
 * saved it last and when: a save made from an older copy is refused with their
 * name and the time, never silently written over.
 */
@Entity
@Table(name = "draft_file")
@NamedQuery(name = DraftFile.OF_DRAFT, query = "select f from DraftFile f where f.draft = :draft order by f.path")
public class DraftFile extends VersionedEntity {

    public static final String OF_DRAFT = "DraftFile.ofDraft";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id")
    private ModuleDraft draft;

    @Column(name = "path", nullable = false, length = 300)
    private String path;

    @Column(name = "content", nullable = false, length = 500_000)
    private String content;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DraftFile() {
    }

    public DraftFile(ModuleDraft draft, String path, String content, long by, Instant at) {
        this.draft = Objects.requireNonNull(draft);
        this.path = Objects.requireNonNull(path);
        this.content = Objects.requireNonNull(content);
        this.updatedBy = by;
        this.updatedAt = Objects.requireNonNull(at);
    }

    public void rewrite(String text, long by, Instant at) {
        this.content = Objects.requireNonNull(text);
        this.updatedBy = by;
        this.updatedAt = Objects.requireNonNull(at);
    }

    public ModuleDraft getDraft() {
        return draft;
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
