package org.commonground.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/** An NHS trust, practice, council or charity that trains its staff on this platform. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_UUID, query = "select o from Organisation o where o.uuid = :uuid")
public class Organisation extends VersionedEntity {

    public static final String BY_UUID = "Organisation.byUuid";
    public static final int NAME_MAX = 200;

    @Column(name = "uuid", nullable = false, length = 36, unique = true)
    private String uuid;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "training_threshold")
    private Integer trainingThreshold;

    @Column(name = "require_sso", nullable = false)
    private boolean requireSso;

    protected Organisation() {
    }

    public Organisation(String uuid, String name, Instant createdAt) {
        this.uuid = Objects.requireNonNull(uuid);
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public final void rename(String newName) {
        this.name = Names.require(newName, NAME_MAX);
    }

    /** The share (percent) of staff who must have completed the training for a training activity to count as met. */
    public void setTrainingThreshold(Integer percent) {
        if (percent != null && (percent < 1 || percent > 100)) {
            throw new IllegalArgumentException("a threshold from 1 to 100");
        }
        this.trainingThreshold = percent;
    }

    /** Whether members must sign in through an identity provider (their password is refused; leavers keep theirs). */
    public boolean isRequireSso() {
        return requireSso;
    }

    public void setRequireSso(boolean requireSso) {
        this.requireSso = requireSso;
    }

    public Integer getTrainingThreshold() {
        return trainingThreshold;
    }

    public String getUuid() {
        return uuid;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
