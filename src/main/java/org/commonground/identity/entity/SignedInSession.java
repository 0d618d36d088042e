package org.commonground.identity.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A signed-in session as the database knows it, so that any node can carry it on
 * when the node that served it stops: sessions live in one node's memory, and this
 * row, keyed by the hash of the session's key cookie, is the truth about who is
 * signed in. It remembers what the session was signed in with (the account's session
 * epoch, password fingerprint and roles) and when it began and was last seen; it is
 * good for a node that has never seen the session only while all of that still holds.
 * Not cached: nodes write it.
 */
@Entity
@Cacheable(false)
@Table(name = "signed_in_session")
public class SignedInSession {

    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "password_stamp", nullable = false, length = 16)
    private String passwordStamp;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    @Column(name = "provider", length = 100)
    private String provider;

    protected SignedInSession() {
    }

    /** A session of {@code account} that begins now and lasts at most {@code lifetime}. */
    public SignedInSession(String keyHash, Account account, String passwordStamp, String provider, Instant now,
            Duration lifetime) {
        this.keyHash = Objects.requireNonNull(keyHash);
        this.accountId = account.getId();
        this.createdAt = Objects.requireNonNull(now);
        this.lastSeenAt = now;
        this.expiresAt = now.plus(lifetime);
        this.sessionEpoch = account.getSessionEpoch();
        this.passwordStamp = Objects.requireNonNull(passwordStamp);
        this.roles = roles(account);
        this.provider = provider;
    }

    /** The account's roles as this row keeps them: names in order, comma-separated. */
    public static String roles(Account account) {
        return Arrays.stream(Role.values()).filter(account::holds).map(Role::name).collect(Collectors.joining(","));
    }

    /**
     * Whether the session may go on at {@code now} for this account as it is now: not past
     * its lifetime, not idle for {@code idle} or longer since it was last seen, and the
     * account enabled, in the same session epoch, with the same password and roles.
     */
    public boolean goesOn(Account account, String currentPasswordStamp, Instant now, Duration idle) {
        return account.getId() != null && account.getId() == accountId && !account.isDisabled()
                && now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idle))
                && account.getSessionEpoch() == sessionEpoch && passwordStamp.equals(currentPasswordStamp)
                && roles.equals(roles(account));
    }

    public void seen(Instant now) {
        if (now.isAfter(lastSeenAt)) {
            lastSeenAt = now;
        }
    }

    /** The session goes on with a new password (changed in this session). */
    public void restamp(String newPasswordStamp) {
        this.passwordStamp = Objects.requireNonNull(newPasswordStamp);
    }

    public String getKeyHash() {
        return keyHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getProvider() {
        return provider;
    }
}
