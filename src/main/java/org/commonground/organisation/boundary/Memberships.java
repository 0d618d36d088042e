package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.boundary.Roles;
import org.commonground.identity.entity.Account;
import org.commonground.organisation.control.Access;
import org.commonground.organisation.control.JoinCodeGenerator;
import org.commonground.organisation.control.StaffGroups;
import org.commonground.organisation.entity.JoinCode;
import org.commonground.organisation.entity.ManagerScope;
import org.commonground.organisation.entity.Membership;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Joining with a code, and leaving. A person belongs to at most one organisation:
 * joining another ends the current membership. A leaver's membership ends; their
 * account and learning record stay with them.
 */
@ApplicationScoped
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    org.commonground.platform.boundary.Outbox outbox;

    @Inject
    Roles roles;

    @Inject
    StaffGroups staffGroups;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<MembershipChanged> changed;

    /** The caller joins the organisation (and team) of a join code. */
    @Transactional
    public Membership join(String typedCode, String staffGroup) {
        return joinAs(caller.id(), typedCode, staffGroup);
    }

    /** Joins an account to a code's organisation: used by the caller's own join and at registration. */
    @Transactional
    public Membership joinAs(long accountId, String typedCode, String staffGroup) {
        String code = JoinCodeGenerator.normalise(typedCode);
        // The code's use count is guarded by its version: of two people taking its last use at once, one is refused.
        JoinCode joinCode = em.createNamedQuery(JoinCode.BY_CODE, JoinCode.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.onField("code", "organisation.join.unknown"));
        joinCode.refusalAt(clock.instant()).ifPresent(refusal -> {
            throw BusinessException.onField("code", switch (refusal) {
                case EXPIRED -> "organisation.join.expired";
                case USED_UP -> "organisation.join.usedUp";
                case REVOKED -> "organisation.join.revoked";
            });
        });
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        // An invitation is for the person at the address it was sent to, whoever else opens the link.
        if (joinCode.getInvitedEmail() != null
                && !Account.emailKey(joinCode.getInvitedEmail()).equals(account.getEmailKey())) {
            throw BusinessException.onField("code", "organisation.join.notInvited");
        }
        if (staffGroup == null || !staffGroups.exists(staffGroup)) {
            throw BusinessException.onField("staffGroup", "organisation.join.staffGroup");
        }
        Optional<Membership> current = active(accountId);
        Membership membership;
        if (current.isPresent() && current.get().getOrganisation().equals(joinCode.getOrganisation())) {
            membership = current.get();
            membership.changeStaffGroup(staffGroup);
        } else {
            current.ifPresent(this::endQuietly);
            membership = new Membership(account, joinCode.getOrganisation(), staffGroup, clock.instant());
            em.persist(membership);
        }
        if (joinCode.getTeam() != null) {
            membership.joinTeam(joinCode.getTeam());
        }
        joinCode.use(clock.instant());
        if (joinCode.getInvitedEmail() != null) {
            outbox.linkUsed(joinCode.getCode());
        }
        em.flush();
        changed.fire(new MembershipChanged(accountId));
        audit.record(accountId, joinCode.getOrganisation().getId(), "JOINED",
                joinCode.getOrganisation().getName() + (joinCode.getTeam() == null ? "" : ", team " + joinCode.getTeam().getName()));
        return membership;
    }

    /** A manager or administrator ends someone's membership: they have left. */
    @Transactional
    public void end(long membershipId) {
        Membership membership = get(membershipId);
        access.requireSee(membership);
        if (!membership.isActive()) {
            return;
        }
        if (caller.accountId().filter(me -> me == membership.getAccount().getId()).isPresent()) {
            throw new BusinessException("organisation.membership.notYourself");
        }
        endQuietly(membership);
        audit.record(membership.getAccount().getId(), membership.getOrganisation().getId(), "MEMBERSHIP_ENDED",
                membership.getOrganisation().getName());
    }

    private void endQuietly(Membership membership) {
        membership.end(clock.instant());
        changed.fire(new MembershipChanged(membership.getAccount().getId()));
        // Whoever leaves stops managing there too.
        var scopes = em.createQuery("select s from ManagerScope s where s.account = :a and s.organisation = :o", ManagerScope.class)
                .setParameter("a", membership.getAccount()).setParameter("o", membership.getOrganisation()).getResultList();
        scopes.forEach(em::remove);
        if (!scopes.isEmpty()) {
            long remaining = em.createQuery("select count(s) from ManagerScope s where s.account = :a", Long.class)
                    .setParameter("a", membership.getAccount()).getSingleResult() - scopes.size();
            roles.revokeManagerIfNoScopes(membership.getAccount(), Math.max(0, remaining));
            audit.record(membership.getAccount().getId(), membership.getOrganisation().getId(), "MANAGER_REVOKED",
                    "left " + membership.getOrganisation().getName());
        }
    }

    @Transactional
    public void changeStaffGroup(long membershipId, String staffGroup) {
        Membership membership = get(membershipId);
        access.requireSee(membership);
        if (!staffGroups.exists(staffGroup)) {
            throw BusinessException.onField("staffGroup", "organisation.join.staffGroup");
        }
        membership.changeStaffGroup(staffGroup);
    }

    @Transactional
    public void removeFromTeam(long membershipId, String teamUuid) {
        Membership membership = get(membershipId);
        access.requireOrganisation(membership.getOrganisation());
        membership.getTeams().stream().filter(t -> t.getUuid().equals(teamUuid)).findFirst().ifPresent(membership::leaveTeam);
        changed.fire(new MembershipChanged(membership.getAccount().getId()));
    }

    /**
     * A whole-organisation manager or administrator puts members in a team: one or many at a time.
     * Moving takes them out of their other teams of that organisation; putting keeps them. Every
     * membership must be a current one of the team's organisation, or nothing changes.
     */
    @Transactional
    public int placeInTeam(java.util.Collection<Long> membershipIds, String teamUuid, boolean move) {
        if (teamUuid == null || teamUuid.isBlank()) {
            throw BusinessException.onField("team", "organisation.place.chooseTeam");
        }
        Team team = em.createNamedQuery(Team.BY_UUID, Team.class).setParameter("uuid", teamUuid).getResultStream()
                .findFirst().orElseThrow(() -> BusinessException.onField("team", "organisation.team.notFound"));
        access.requireOrganisation(team.getOrganisation());
        if (membershipIds == null || membershipIds.isEmpty()) {
            throw new BusinessException("organisation.place.choosePeople");
        }
        java.util.List<Membership> chosen = em.createQuery("select m from Membership m where m.id in :ids", Membership.class)
                .setParameter("ids", java.util.Set.copyOf(membershipIds)).getResultList();
        if (chosen.size() != java.util.Set.copyOf(membershipIds).size()
                || chosen.stream().anyMatch(m -> !m.isActive() || !m.getOrganisation().equals(team.getOrganisation()))) {
            throw new BusinessException("organisation.team.notMember");
        }
        for (Membership membership : chosen) {
            if (move) {
                java.util.List.copyOf(membership.getTeams()).stream().filter(t -> !t.equals(team)).forEach(membership::leaveTeam);
            }
            membership.joinTeam(team);
        }
        em.flush();
        chosen.forEach(m -> changed.fire(new MembershipChanged(m.getAccount().getId())));
        audit.record(null, team.getOrganisation().getId(), move ? "TEAM_MOVED" : "TEAM_PLACED",
                chosen.size() + (chosen.size() == 1 ? " person, team " : " people, team ") + team.getName());
        return chosen.size();
    }

    /** For demo data: adds an account to an organisation and teams without a code. Idempotent. */
    @Transactional
    public Membership ensure(Account account, org.commonground.organisation.entity.Organisation organisation,
            String staffGroup, java.util.List<Team> teams) {
        Membership membership = active(account.getId()).orElseGet(() -> {
            Membership created = new Membership(em.merge(account), em.merge(organisation), staffGroup, clock.instant());
            em.persist(created);
            return created;
        });
        teams.forEach(t -> membership.joinTeam(em.merge(t)));
        changed.fire(new MembershipChanged(account.getId()));
        return membership;
    }

    public Optional<Membership> active(long accountId) {
        return em.createNamedQuery(Membership.ACTIVE_OF_ACCOUNT, Membership.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** The caller's own current membership. */
    public Optional<Membership> mine() {
        return caller.accountId().flatMap(this::active);
    }

    /** A membership the caller may see (for the person pages of managers and administrators). */
    public Membership open(long membershipId) {
        Membership membership = get(membershipId);
        access.requireSee(membership);
        return membership;
    }

    private Membership get(long id) {
        Membership membership = em.find(Membership.class, id);
        if (membership == null) {
            throw new NotFoundException("organisation.membership.notFound");
        }
        return membership;
    }
}
