package org.commonground.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A module a manager asked a team (or one person) to complete by a date, perhaps
 * again every so many months.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends VersionedEntity {

    @Column(name = "module_uuid", nullable = false, length = 36)
    private String moduleUuid;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "renewal_months")
    private Integer renewalMonths;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Assignment() {
    }

    public Assignment(String moduleUuid, long organisationId, Long teamId, Long accountId, LocalDate dueOn,
            Integer renewalMonths, Long assignedBy, Instant createdAt) {
        this.moduleUuid = Objects.requireNonNull(moduleUuid);
        if ((teamId == null) == (accountId == null)) {
            throw new IllegalArgumentException("an assignment is for a team or for one person");
        }
        if (renewalMonths != null && (renewalMonths < 1 || renewalMonths > 120)) {
            throw new IllegalArgumentException("renewal from 1 to 120 months");
        }
        this.organisationId = organisationId;
        this.teamId = teamId;
        this.accountId = accountId;
        this.dueOn = Objects.requireNonNull(dueOn);
        this.renewalMonths = renewalMonths;
        this.assignedBy = assignedBy;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    public String getModuleUuid() {
        return moduleUuid;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
