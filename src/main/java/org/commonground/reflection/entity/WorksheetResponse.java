package org.commonground.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A learner's worksheet: private to them. Its answers are kept part by part
 * ({@link WorksheetAnswer}) so saving one part never touches another.
 */
@Entity
@Table(name = "worksheet_response")
public class WorksheetResponse extends VersionedEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "unit_uuid", nullable = false, length = 36)
    private String unitUuid;

    @Column(name = "worksheet_uuid", nullable = false, length = 36)
    private String worksheetUuid;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "shared_with_managers", nullable = false)
    private boolean sharedWithManagers;

    @Column(name = "shared_with_trainers", nullable = false)
    private boolean sharedWithTrainers;

    @Column(name = "shared_at")
    private Instant sharedAt;

    /** The membership the learner had when they shared with managers: its managers, while it lasts, may read. */
    @Column(name = "shared_membership_id")
    private Long sharedMembershipId;

    protected WorksheetResponse() {
    }

    public WorksheetResponse(long accountId, String moduleUuid, String unitUuid, String worksheetUuid, Instant startedAt) {
        this.accountId = accountId;
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        this.unitUuid = Objects.requireNonNull(unitUuid);
        this.worksheetUuid = Objects.requireNonNull(worksheetUuid);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    public void submit(Instant at) {
        this.submittedAt = at;
    }

    /**
     * Shares the response with the managers of the learner's current membership (none
     * when they belong to no organisation) and/or the trainers, or withdraws the share.
     */
    public void share(boolean withManagers, boolean withTrainers, Instant at, Long membershipId) {
        this.sharedWithManagers = withManagers;
        this.sharedWithTrainers = withTrainers;
        this.sharedAt = withManagers || withTrainers ? at : null;
        this.sharedMembershipId = withManagers ? membershipId : null;
    }

    /** Whether it is shared with the managers of this membership (the one the learner had when sharing). */
    public boolean isSharedWithManagersOf(long membershipId) {
        return sharedWithManagers && sharedMembershipId != null && sharedMembershipId == membershipId;
    }

    public boolean isSharedWithManagers() {
        return sharedWithManagers;
    }

    public boolean isSharedWithTrainers() {
        return sharedWithTrainers;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public String getUnitUuid() {
        return unitUuid;
    }

    public String getWorksheetUuid() {
        return worksheetUuid;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}
