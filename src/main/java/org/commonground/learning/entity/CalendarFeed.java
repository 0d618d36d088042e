package org.commonground.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/**
 * The private address of a learner's calendar feed of due dates. Only the SHA-256
 * hash of its random token is kept, so the address is shown once, when it is made;
 * making a new one replaces this row and the old address stops answering.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.BY_HASH, query = "select f from CalendarFeed f where f.tokenHash = :hash")
@NamedQuery(name = CalendarFeed.OF_ACCOUNT, query = "select f from CalendarFeed f where f.accountId = :a")
public class CalendarFeed extends BaseEntity {

    public static final String BY_HASH = "CalendarFeed.byHash";
    public static final String OF_ACCOUNT = "CalendarFeed.ofAccount";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long accountId, String tokenHash, Instant createdAt) {
        if (tokenHash == null || tokenHash.length() != 64) {
            throw new IllegalArgumentException("a calendar feed is kept under a SHA-256 hash of its token");
        }
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
