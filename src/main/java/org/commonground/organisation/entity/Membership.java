package org.commonground.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.commonground.identity.entity.Account;
import org.commonground.platform.entity.VersionedEntity;

/**
 * A person's time in an organisation, with their staff group and teams. It ends
 * when they leave; the row stays so the organisation's historic counts stay true,
 * while the person keeps their account and record.
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.ACTIVE_OF_ACCOUNT,
        query = "select m from Membership m join fetch m.organisation where m.account.id = :account and m.endedAt is null")
public class Membership extends VersionedEntity {

    public static final String ACTIVE_OF_ACCOUNT = "Membership.activeOfAccount";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "staff_group", nullable = false, length = 40)
    private String staffGroup;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "team_member", joinColumns = @JoinColumn(name = "membership_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    protected Membership() {
    }

    public Membership(Account account, Organisation organisation, String staffGroup, Instant startedAt) {
        this.account = Objects.requireNonNull(account);
        this.organisation = Objects.requireNonNull(organisation);
        changeStaffGroup(staffGroup);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    public final void changeStaffGroup(String group) {
        this.staffGroup = Objects.requireNonNull(group);
    }

    public void joinTeam(Team team) {
        requireActive();
        if (!team.getOrganisation().equals(organisation)) {
            throw new IllegalArgumentException("a team of another organisation");
        }
        teams.add(team);
    }

    public void leaveTeam(Team team) {
        teams.remove(team);
    }

    public void end(Instant at) {
        requireActive();
        this.endedAt = Objects.requireNonNull(at);
    }

    private void requireActive() {
        if (endedAt != null) {
            throw new IllegalStateException("this membership has ended");
        }
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Account getAccount() {
        return account;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getStaffGroup() {
        return staffGroup;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Set<Team> getTeams() {
        return Collections.unmodifiableSet(teams);
    }
}
