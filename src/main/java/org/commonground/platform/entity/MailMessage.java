package org.commonground.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the platform sends. Every message is kept first (an outbox), so none is
 * lost between the decision to send and the SMTP server; with no SMTP server
 * configured (the demo) messages stay here for administrators to read.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage extends VersionedEntity {

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 400)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "message_id", length = 200)
    private String messageId;

    @Column(name = "dedupe_key", length = 200)
    private String dedupeKey;

    @Column(name = "gave_up", nullable = false)
    private boolean gaveUp;

    protected MailMessage() {
    }

    public MailMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.messageId = "<" + java.util.UUID.randomUUID() + "@commonground>";
    }

    /** A message made once per key (one email per person, kind and day): a second with the same key is refused. */
    public MailMessage(String recipient, String subject, String body, Instant createdAt, String dedupeKey) {
        this(recipient, subject, body, createdAt);
        this.dedupeKey = dedupeKey;
    }

    public void sent(Instant at) {
        this.attempts++;
        this.sentAt = at;
        this.lastError = null;
        this.claimedUntil = null;
    }

    /**
     * A send failed: the reason is kept for administrators and the next attempt waits
     * {@code firstWait} doubled for each earlier failure, up to {@code longestWait};
     * after {@code maxAttempts} the platform gives up (the message stays, marked).
     */
    public void failed(String error, Instant at, java.time.Duration firstWait, java.time.Duration longestWait, int maxAttempts) {
        this.attempts++;
        this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(400, error.length()));
        this.claimedUntil = null;
        java.time.Duration wait = firstWait.multipliedBy(1L << Math.min(20, attempts - 1));
        this.nextAttemptAt = at.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
        this.gaveUp = attempts >= maxAttempts;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public boolean isGaveUp() {
        return gaveUp;
    }
}
