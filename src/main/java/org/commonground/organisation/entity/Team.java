package org.commonground.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/** A team within an organisation: the unit a manager manages and training is assigned to. */
@Entity
@Table(name = "team")
@NamedQuery(name = Team.BY_UUID, query = "select t from Team t join fetch t.organisation where t.uuid = :uuid")
@NamedQuery(name = Team.OF_ORGANISATION, query = "select t from Team t where t.organisation = :organisation order by t.name")
public class Team extends VersionedEntity {

    public static final String BY_UUID = "Team.byUuid";
    public static final String OF_ORGANISATION = "Team.ofOrganisation";

    @Column(name = "uuid", nullable = false, length = 36, unique = true)
    private String uuid;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "name", nullable = false, length = Organisation.NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Team() {
    }

    public Team(String uuid, Organisation organisation, String name, Instant createdAt) {
        this.uuid = Objects.requireNonNull(uuid);
        this.organisation = Objects.requireNonNull(organisation);
        rename(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public final void rename(String newName) {
        this.name = Names.require(newName, Organisation.NAME_MAX);
    }

    public String getUuid() {
        return uuid;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
