package org.commonground.record.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.commonground.platform.entity.VersionedEntity;

/** A person asked for their data to be erased; an administrator confirms it. */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    protected ErasureRequest() {
    }

    public ErasureRequest(long accountId, Instant requestedAt) {
        this.accountId = accountId;
        this.requestedAt = requestedAt;
    }

    public void confirm(long by, Instant at) {
        if (confirmedAt != null) {
            throw new IllegalStateException("already confirmed");
        }
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }
}
