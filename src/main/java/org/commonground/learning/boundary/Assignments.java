package org.commonground.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commonground.content.boundary.Modules;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.learning.entity.Assignment;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Membership;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Managers assign modules to a team they manage, or to one person in it, with a
 * due date and perhaps a renewal period. Learners see what applies to them.
 */
@ApplicationScoped
public class Assignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Modules modules;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<AssignmentChanged> changed;

    /** An assignment as a team page lists it. */
    public record Listed(long id, String moduleUuid, String moduleTitle, String assignee, LocalDate dueOn,
            Integer renewalMonths) {
    }

    @Transactional
    public Assignment assignToTeam(String teamUuid, String moduleUuid, LocalDate dueOn, Integer renewalMonths) {
        Team team = organisations.openTeam(teamUuid);
        check(moduleUuid, dueOn, renewalMonths);
        Assignment assignment = new Assignment(moduleUuid, team.getOrganisation().getId(), team.getId(), null, dueOn,
                renewalMonths, caller.accountId().orElse(null), clock.instant());
        em.persist(assignment);
        changed.fire(new AssignmentChanged(team.getId(), null));
        audit.record(null, team.getOrganisation().getId(), "ASSIGNED", "module " + moduleUuid + " to team " + team.getName()
                + ", due " + dueOn);
        return assignment;
    }

    @Transactional
    public Assignment assignToPerson(long membershipId, String moduleUuid, LocalDate dueOn, Integer renewalMonths) {
        Membership membership = memberships.open(membershipId);
        check(moduleUuid, dueOn, renewalMonths);
        Assignment assignment = new Assignment(moduleUuid, membership.getOrganisation().getId(), null,
                membership.getAccount().getId(), dueOn, renewalMonths, caller.accountId().orElse(null), clock.instant());
        em.persist(assignment);
        changed.fire(new AssignmentChanged(null, membership.getAccount().getId()));
        audit.record(membership.getAccount().getId(), membership.getOrganisation().getId(), "ASSIGNED",
                "module " + moduleUuid + ", due " + dueOn);
        return assignment;
    }

    @Transactional
    public void withdraw(long assignmentId, String teamUuid) {
        Team team = organisations.openTeam(teamUuid);
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || !team.getId().equals(assignment.getTeamId()) && !isMemberOf(assignment, team)) {
            throw new NotFoundException("learning.assignment.notFound");
        }
        assignment.withdraw(clock.instant());
        changed.fire(new AssignmentChanged(assignment.getTeamId(), assignment.getAccountId()));
    }

    private boolean isMemberOf(Assignment assignment, Team team) {
        return assignment.getAccountId() != null && em.createQuery("select count(m) from Membership m join m.teams t"
                + " where t = :team and m.account.id = :a and m.endedAt is null", Long.class)
                .setParameter("team", team).setParameter("a", assignment.getAccountId()).getSingleResult() > 0;
    }

    /** Assignments of a team and of its current members, for the team's managers. */
    public List<Listed> forTeam(String teamUuid) {
        Team team = organisations.openTeam(teamUuid);
        return em.createQuery("select new org.commonground.learning.boundary.Assignments.Listed(a.id, a.moduleUuid,"
                + " coalesce(v.title, a.moduleUuid), coalesce(acc.displayName, :team), a.dueOn, a.renewalMonths)"
                + " from Assignment a left join Account acc on acc.id = a.accountId"
                + " left join LearningModule lm on lm.uuid = a.moduleUuid"
                + " left join ModuleVersion v on v.module = lm and v.number = lm.currentVersion"
                + " where a.withdrawnAt is null and (a.teamId = :teamId or a.accountId in"
                + " (select m.account.id from Membership m join m.teams t where t.id = :teamId and m.endedAt is null))"
                + " order by a.dueOn", Listed.class)
                .setParameter("teamId", team.getId()).setParameter("team", "Whole team").getResultList();
    }

    /** What applies to a person now: their teams' assignments and their own, in their current organisation. */
    public List<Assignment> of(long accountId) {
        return em.createQuery("select a from Assignment a where a.withdrawnAt is null and ("
                + " a.teamId in (select t.id from Membership m join m.teams t where m.account.id = :me and m.endedAt is null)"
                + " or (a.accountId = :me and a.organisationId in"
                + " (select m.organisation.id from Membership m where m.account.id = :me and m.endedAt is null)))"
                + " order by a.dueOn", Assignment.class).setParameter("me", accountId).getResultList();
    }

    private void check(String moduleUuid, LocalDate dueOn, Integer renewalMonths) {
        if (moduleUuid == null || modules.find(moduleUuid).flatMap(m -> m.currentVersion()).isEmpty()) {
            throw BusinessException.onField("module", "learning.assign.module");
        }
        if (dueOn == null) {
            throw BusinessException.onField("due", "learning.assign.due");
        }
        if (dueOn.isBefore(LocalDate.now(clock))) {
            throw BusinessException.onField("due", "learning.assign.duePast");
        }
        if (renewalMonths != null && (renewalMonths < 1 || renewalMonths > 120)) {
            throw BusinessException.onField("renewal", "learning.assign.renewal");
        }
    }
}
