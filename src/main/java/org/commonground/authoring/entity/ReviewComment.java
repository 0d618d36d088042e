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

/** A reviewer's or trainer's comment on a draft. Plain text, shown escaped. */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends VersionedEntity {

    public static final int MAX_LENGTH = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id")
    private ModuleDraft draft;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    public ReviewComment(ModuleDraft draft, long authorId, String body, Instant at) {
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a comment has 1 to " + MAX_LENGTH + " characters");
        }
        this.draft = Objects.requireNonNull(draft);
        this.authorId = authorId;
        this.body = body.strip();
        this.createdAt = Objects.requireNonNull(at);
    }

    public ModuleDraft getDraft() {
        return draft;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
