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
 * A message with a link (reset, confirmation, invitation, undo) keeps the link's
 * token apart from its body, and only until the message is delivered, the link is
 * used, or it expires: then the token is forgotten and the body shows that the
 * link was removed.
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

    @Column(name = "link_token", length = 100)
    private String linkToken;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    /** Where the link's token stands in a stored body. */
    static final String TOKEN_MARK = "[[link-token]]";

    /** What a stored body shows in place of a token once it is forgotten. */
    public static final String REMOVED = "(link removed: it was delivered, used or has expired)";
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

    /** A message carrying a single-use link: the token is stored apart from the body, until forgotten. */
    public MailMessage(String recipient, String subject, String body, String linkToken, Instant linkExpiresAt,
            Instant createdAt) {
        this(recipient, subject, Objects.requireNonNull(body).replace(Objects.requireNonNull(linkToken), TOKEN_MARK), createdAt);
        this.linkToken = linkToken;
        this.linkExpiresAt = Objects.requireNonNull(linkExpiresAt);
    }

    /** The text to deliver: with the link while its token is known. */
    public String deliverableBody() {
        return body.replace(TOKEN_MARK, linkToken == null ? REMOVED : linkToken);
    }

    /** Whether the message carried a link whose token is forgotten, so it can no longer be delivered as written. */
    public boolean linkLost() {
        return linkExpiresAt != null && linkToken == null;
    }

    /** Forgets the link's token (delivered, used or expired). */
    public void forgetLink() {
        this.linkToken = null;
    }

    public void sent(Instant at) {
        this.attempts++;
        this.sentAt = at;
        this.lastError = null;
        forgetLink();
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
        this.nextAttemptAt = Backoff.next(at, attempts, firstWait, longestWait);
        this.gaveUp = attempts >= maxAttempts;
    }

    /** The message can never be sent as written (its link's token is forgotten): no further attempt. */
    public void giveUp(String reason) {
        this.lastError = reason.substring(0, Math.min(400, reason.length()));
        this.claimedUntil = null;
        this.gaveUp = true;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** The body as administrators may read it: with the link only while it is unused, unexpired and undelivered. */
    public String getBody() {
        return deliverableBody();
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
