package org.commonground.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/** A learner's progress in one unit, kept by the unit's uuid so it survives new module versions. */
@Entity
@Table(name = "unit_progress")
public class UnitProgress extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "unit_uuid", nullable = false, length = 36)
    private String unitUuid;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected UnitProgress() {
    }

    public UnitProgress(long accountId, String moduleUuid, String unitUuid) {
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.unitUuid = Objects.requireNonNull(unitUuid);
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public void complete(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    /** The latest quiz attempt counts and it did not pass: the unit is not complete any more. */
    public void reopen() {
        completedAt = null;
    }

    public String getUnitUuid() {
        return unitUuid;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
