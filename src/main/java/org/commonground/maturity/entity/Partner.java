package org.commonground.maturity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * One partner organisation on an organisation's partnership map: what kind of
 * organisation it is, how closely the two work together today and the level they
 * want, what the partnership does for access, and the work planned. A row a learner
 * offers from their worksheet is {@link Status#OFFERED} until a manager accepts it.
 */
@Entity
@Table(name = "partner")
public class Partner extends VersionedEntity {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;

    /** The kinds of partner the NHS England framework names, and other. */
    public enum Kind {
        SCHOOL, HOUSING_PROVIDER, COMMUNITY_GROUP, PLACE_OF_WORSHIP, HEALTH_PROVIDER, LOCAL_AUTHORITY, VOLUNTARY_SECTOR, OTHER
    }

    /** The four levels of partnership, each keeping everything of the one below. */
    public enum Level {
        NETWORK, COORDINATE, COOPERATE, COLLABORATE
    }

    public enum Status {
        OFFERED, ACCEPTED
    }

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_today", length = 20)
    private Level levelToday;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_wanted", length = 20)
    private Level levelWanted;

    @Column(name = "access_effect", nullable = false, length = TEXT_MAX)
    private String accessEffect;

    @Column(name = "planned_work", nullable = false, length = TEXT_MAX)
    private String plannedWork;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "offered_by")
    private Long offeredBy;

    @Column(name = "offered_from", length = 36)
    private String offeredFrom;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected Partner() {
    }

    /** A partner a manager adds: on the map at once. */
    public static Partner added(long organisationId) {
        Partner partner = new Partner();
        partner.organisationId = organisationId;
        partner.status = Status.ACCEPTED;
        return partner;
    }

    /** A row a learner offers from a worksheet part: waits for a manager. */
    public static Partner offered(long organisationId, long learner, String partUuid) {
        Partner partner = new Partner();
        partner.organisationId = organisationId;
        partner.status = Status.OFFERED;
        partner.offeredBy = learner;
        partner.offeredFrom = Objects.requireNonNull(partUuid);
        return partner;
    }

    public void describe(String newName, Kind newKind, Level today, Level wanted, String effect, String planned, Long by,
            Instant at) {
        this.name = Objects.requireNonNull(newName).strip();
        this.kind = Objects.requireNonNull(newKind);
        this.levelToday = Objects.requireNonNull(today);
        this.levelWanted = wanted;
        this.accessEffect = effect == null ? "" : effect.strip();
        this.plannedWork = planned == null ? "" : planned.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void accept(long by, Instant at) {
        this.status = Status.ACCEPTED;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public Level getLevelToday() {
        return levelToday;
    }

    public Level getLevelWanted() {
        return levelWanted;
    }

    public String getAccessEffect() {
        return accessEffect;
    }

    public String getPlannedWork() {
        return plannedWork;
    }

    public Status getStatus() {
        return status;
    }

    public Long getOfferedBy() {
        return offeredBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
