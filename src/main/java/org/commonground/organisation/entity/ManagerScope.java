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
import org.commonground.identity.entity.Account;
import org.commonground.platform.entity.BaseEntity;

/** What a manager manages: one team, or (with no team) the whole organisation. */
@Entity
@Table(name = "manager_scope")
@NamedQuery(name = ManagerScope.OF_ACCOUNT,
        query = "select s from ManagerScope s join fetch s.organisation left join fetch s.team where s.account.id = :account")
public class ManagerScope extends BaseEntity {

    public static final String OF_ACCOUNT = "ManagerScope.ofAccount";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by")
    private Long grantedBy;

    protected ManagerScope() {
    }

    public ManagerScope(Account account, Organisation organisation, Team team, Instant grantedAt, Long grantedBy) {
        this.account = Objects.requireNonNull(account);
        this.organisation = Objects.requireNonNull(organisation);
        if (team != null && !team.getOrganisation().equals(organisation)) {
            throw new IllegalArgumentException("a team of another organisation");
        }
        this.team = team;
        this.grantedAt = Objects.requireNonNull(grantedAt);
        this.grantedBy = grantedBy;
    }

    public boolean isWholeOrganisation() {
        return team == null;
    }

    public Account getAccount() {
        return account;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Team getTeam() {
        return team;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
