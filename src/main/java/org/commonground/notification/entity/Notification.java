package org.commonground.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * One message to one person. Its key is unique in the database ({@code dedupe_key}):
 * the same reminder made twice (a job run again after a restart, or on two nodes) is
 * refused. The text is written when the message is made, from the message bundle.
 */
@Entity
@Table(name = "notification")
public class Notification extends VersionedEntity {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private Kind kind;

    @Column(name = "dedupe_key", nullable = false, length = 200)
    private String dedupeKey;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "link", length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "email_due", nullable = false)
    private boolean emailDue;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {
    }

    public Notification(long accountId, Kind kind, String dedupeKey, String subject, String body, String link,
            boolean byEmail, Instant createdAt) {
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind);
        this.dedupeKey = Objects.requireNonNull(dedupeKey);
        this.subject = cut(Objects.requireNonNull(subject), SUBJECT_MAX);
        this.body = cut(Objects.requireNonNull(body), BODY_MAX);
        this.link = link;
        this.emailDue = byEmail;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public void emailed(Instant at) {
        this.emailDue = false;
        this.emailedAt = at;
    }

    public long getAccountId() {
        return accountId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public boolean isEmailDue() {
        return emailDue;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }
}
