package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.organisation.control.Access;
import org.commonground.organisation.entity.Membership;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.AccessDeniedException;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.control.Like;

/**
 * Organisations and their teams, and who is in them. Administrators see all;
 * a manager sees the organisation or teams they manage, and only current members.
 */
@ApplicationScoped
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** An organisation with its counts, for the administrators' list. */
    public record Summary(String uuid, String name, long teams, long members) {
    }

    /** A current member as a manager sees them. */
    public record Member(long membershipId, long accountId, String name, String email, String staffGroup,
            java.time.Instant since) {
    }

    @Transactional
    public Organisation create(String name) {
        caller.requireAdmin();
        requireName(name);
        Organisation organisation = new Organisation(UUID.randomUUID().toString(), name, clock.instant());
        em.persist(organisation);
        em.flush();
        audit.record(null, organisation.getId(), "ORGANISATION_CREATED", organisation.getName());
        return organisation;
    }

    /** For start-up work (demo data): no caller, so no checks. Idempotent by uuid. */
    @Transactional
    public Organisation ensure(String uuid, String name) {
        return find(uuid).orElseGet(() -> {
            Organisation organisation = new Organisation(uuid, name, clock.instant());
            em.persist(organisation);
            return organisation;
        });
    }

    @Transactional
    public Team ensureTeam(Organisation organisation, String uuid, String name) {
        return findTeam(uuid).orElseGet(() -> {
            Team team = new Team(uuid, em.merge(organisation), name, clock.instant());
            em.persist(team);
            return team;
        });
    }

    @Transactional
    public Team addTeam(String organisationUuid, String name) {
        Organisation organisation = get(organisationUuid);
        access.requireOrganisation(organisation);
        requireName(name);
        Team team = new Team(UUID.randomUUID().toString(), organisation, name, clock.instant());
        em.persist(team);
        return team;
    }

    @Transactional
    public void renameTeam(String teamUuid, String name) {
        Team team = getTeam(teamUuid);
        access.requireOrganisation(team.getOrganisation());
        requireName(name);
        team.rename(name);
    }

    public List<Summary> all() {
        caller.requireAdmin();
        return em.createQuery("select new org.commonground.organisation.boundary.Organisations.Summary(o.uuid, o.name,"
                + " (select count(t) from Team t where t.organisation = o),"
                + " (select count(m) from Membership m where m.organisation = o and m.endedAt is null))"
                + " from Organisation o order by o.name", Summary.class).getResultList();
    }

    /**
     * A whole-organisation manager or administrator sets whether members must sign in
     * through an identity provider (single sign-on) instead of with a password.
     */
    @Transactional
    public void requireSingleSignOn(String uuid, boolean required) {
        Organisation organisation = open(uuid);
        if (organisation.isRequireSso() != required) {
            organisation.setRequireSso(required);
            audit.record(null, organisation.getId(), required ? "SINGLE_SIGN_ON_REQUIRED" : "SINGLE_SIGN_ON_NOT_REQUIRED",
                    organisation.getName());
        }
    }

    /** An organisation the caller manages (or any, for administrators). */
    public Organisation open(String uuid) {
        Organisation organisation = get(uuid);
        access.requireOrganisation(organisation);
        return organisation;
    }

    /**
     * A team the caller manages, directly or through its organisation. For a manager, the team and the check (a scope for its
     * organisation or for the team itself, as {@code ScopeRules.managesTeam}) are one
     * statement: every team page opens its team.
     */
    public Team openTeam(String uuid) {
        if (caller.isAdmin()) {
            return getTeam(uuid);
        }
        Object[] row = em.createQuery("select t, (select count(s) from ManagerScope s where s.account.id = :me"
                + " and s.organisation = t.organisation and (s.team is null or s.team = t))"
                + " from Team t join fetch t.organisation where t.uuid = :uuid", Object[].class)
                .setParameter("me", caller.id()).setParameter("uuid", uuid == null ? "" : uuid)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("organisation.team.notFound"));
        if (((Number) row[1]).longValue() == 0) {
            throw new AccessDeniedException();
        }
        return (Team) row[0];
    }

    public List<Team> teams(Organisation organisation) {
        access.requireOrganisation(organisation);
        return em.createNamedQuery(Team.OF_ORGANISATION, Team.class).setParameter("organisation", organisation).getResultList();
    }

    /** Current members of an organisation, by name; the caller must manage the whole organisation. */
    public List<Member> members(Organisation organisation, String search, int first, int max) {
        access.requireOrganisation(organisation);
        return em.createQuery("select new org.commonground.organisation.boundary.Organisations.Member(m.id, a.id,"
                + " a.displayName, a.email, m.staffGroup, m.startedAt) from Membership m join m.account a"
                + " where m.organisation = :o and m.endedAt is null and (lower(a.displayName) like :like" + Like.ESCAPE
                + " or a.emailKey like :like" + Like.ESCAPE + ") order by a.displayName", Member.class)
                .setParameter("o", organisation)
                .setParameter("like", Like.containing(search))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Current members of a team; the caller must manage the team. */
    public List<Member> teamMembers(Team team) {
        access.requireTeam(team);
        return em.createQuery("select new org.commonground.organisation.boundary.Organisations.Member(m.id, a.id,"
                + " a.displayName, a.email, m.staffGroup, m.startedAt) from Membership m join m.teams t join m.account a"
                + " where t = :team and m.endedAt is null order by a.displayName", Member.class)
                .setParameter("team", team).getResultList();
    }

    public Optional<Organisation> find(String uuid) {
        return em.createNamedQuery(Organisation.BY_UUID, Organisation.class).setParameter("uuid", uuid)
                .getResultStream().findFirst();
    }

    public Optional<Team> findTeam(String uuid) {
        return em.createNamedQuery(Team.BY_UUID, Team.class).setParameter("uuid", uuid).getResultStream().findFirst();
    }

    private Organisation get(String uuid) {
        return find(uuid == null ? "" : uuid).orElseThrow(() -> new NotFoundException("organisation.notFound"));
    }

    private Team getTeam(String uuid) {
        return findTeam(uuid == null ? "" : uuid).orElseThrow(() -> new NotFoundException("organisation.team.notFound"));
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw BusinessException.onField("name", "organisation.nameRequired");
        }
        if (name.strip().length() > Organisation.NAME_MAX) {
            throw BusinessException.onField("name", "organisation.nameTooLong", Organisation.NAME_MAX);
        }
    }

    /** The caller's membership is read elsewhere; this is for pages that show a person's membership. */
    public Optional<Membership> membershipOf(long accountId) {
        return em.createNamedQuery(Membership.ACTIVE_OF_ACCOUNT, Membership.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }
}
