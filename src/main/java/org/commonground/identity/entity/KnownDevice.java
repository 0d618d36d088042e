package org.commonground.identity.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A browser where this account signed in before (the known-device cookie holds a
 * token; only its hash is kept). A sign-in that presents it is counted on its own
 * counter, so strangers guessing the account's password from elsewhere never lock
 * the owner out of their own device.
 */
@Entity
@Cacheable(false)
@Table(name = "known_device")
public class KnownDevice {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    protected KnownDevice() {
    }

    public KnownDevice(String tokenHash, long accountId, Instant now) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.accountId = accountId;
        this.lastUsedAt = Objects.requireNonNull(now);
    }

    public void used(Instant now) {
        this.lastUsedAt = now;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
