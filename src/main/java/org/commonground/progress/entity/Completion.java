package org.commonground.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.BaseEntity;

/** A module completed: who, which module and version, when. Never changed; the learner's record. */
@Entity
@Table(name = "completion")
public class Completion extends BaseEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "module_version", nullable = false)
    private int moduleVersion;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "score")
    private Double score;

    protected Completion() {
    }

    public Completion(long accountId, String moduleUuid, int moduleVersion, Instant completedAt, Double score) {
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.moduleVersion = moduleVersion;
        this.completedAt = Objects.requireNonNull(completedAt);
        this.score = score;
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

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Double getScore() {
        return score;
    }
}
