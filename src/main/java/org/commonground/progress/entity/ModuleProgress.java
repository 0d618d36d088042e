package org.commonground.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * Where a learner is in one module: the version they are on, the unit they saw
 * last, and when they completed it (and which version).
 */
@Entity
@Table(name = "module_progress")
public class ModuleProgress extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_unit_uuid", length = 36)
    private String lastUnitUuid;

    @Column(name = "last_visited_at", nullable = false)
    private Instant lastVisitedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_version")
    private Integer completedVersion;

    protected ModuleProgress() {
    }

    public ModuleProgress(long accountId, String moduleUuid, int moduleVersion, Instant at) {
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.moduleVersion = moduleVersion;
        this.startedAt = at;
        this.lastVisitedAt = at;
    }

    public void visited(String unitUuid, Instant at) {
        this.lastUnitUuid = unitUuid;
        this.lastVisitedAt = at;
    }

    /** A newer version was published: a learner who has not completed the module moves to it. */
    public boolean moveTo(int version) {
        if (version > moduleVersion && completedAt == null) {
            this.moduleVersion = version;
            return true;
        }
        return false;
    }

    /** Starts the module again on a newer version after completing an older one (a refresh). */
    public void restartOn(int version) {
        this.moduleVersion = version;
        this.completedAt = null;
    }

    public void completed(int version, Instant at) {
        this.completedAt = at;
        this.completedVersion = version;
        this.moduleVersion = version;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public int getModuleVersion() {
        return moduleVersion;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getLastUnitUuid() {
        return lastUnitUuid;
    }

    public Instant getLastVisitedAt() {
        return lastVisitedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Integer getCompletedVersion() {
        return completedVersion;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
