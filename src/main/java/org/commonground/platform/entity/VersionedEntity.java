package org.commonground.platform.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A root that people edit: optimistic locking refuses a save made from a stale copy
 * instead of silently overwriting someone else's change.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
