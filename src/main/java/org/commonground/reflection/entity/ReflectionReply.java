package org.commonground.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/** A trainer's reply to a reflection a learner shared with trainers. Plain text; the learner sees it beside their answers. */
@Entity
@Table(name = "reflection_reply")
public class ReflectionReply extends VersionedEntity {

    public static final int MAX_LENGTH = 4000;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReflectionReply() {
    }

    public ReflectionReply(long responseId, long authorId, String body, Instant at) {
        if (body == null || body.isBlank() || body.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a reply has 1 to " + MAX_LENGTH + " characters");
        }
        this.responseId = responseId;
        this.authorId = authorId;
        this.body = body.strip();
        this.createdAt = Objects.requireNonNull(at);
    }

    public long getResponseId() {
        return responseId;
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
