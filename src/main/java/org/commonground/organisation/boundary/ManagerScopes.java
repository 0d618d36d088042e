package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.boundary.Roles;
import org.commonground.identity.entity.Account;
import org.commonground.organisation.control.Access;
import org.commonground.organisation.entity.ManagerScope;
import org.commonground.organisation.entity.Membership;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;

/**
 * Who manages what. An administrator, or a manager of the whole organisation, may
 * make a member the manager of a team or of the whole organisation. Each grant and
 * removal is audited; the MANAGER role follows the scopes.
 */
@ApplicationScoped
public class ManagerScopes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Roles roles;

    @Inject
    Memberships memberships;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    /** Makes a current member a manager of a team, or of the whole organisation when {@code teamUuid} is empty. */
    @Transactional
    public ManagerScope grant(long membershipId, String teamUuid) {
        Membership membership = memberships.open(membershipId);
        Organisation organisation = membership.getOrganisation();
        access.requireOrganisation(organisation);
        if (!membership.isActive()) {
            throw new BusinessException("organisation.manager.notMember");
        }
        Team team = null;
        if (teamUuid != null && !teamUuid.isBlank()) {
            team = organisations.findTeam(teamUuid).filter(t -> t.getOrganisation().equals(organisation))
                    .orElseThrow(() -> new NotFoundException("organisation.team.notFound"));
        }
        Account account = membership.getAccount();
        Team scopeTeam = team;
        boolean exists = of(account.getId()).stream().anyMatch(s -> s.getOrganisation().equals(organisation)
                && (scopeTeam == null ? s.getTeam() == null : scopeTeam.equals(s.getTeam())));
        if (exists) {
            throw new BusinessException("organisation.manager.already");
        }
        ManagerScope scope = new ManagerScope(account, organisation, team, clock.instant(), caller.accountId().orElse(null));
        em.persist(scope);
        roles.grantManager(account);
        audit.record(account.getId(), organisation.getId(), "MANAGER_GRANTED", describe(scope));
        return scope;
    }

    /** For demo data: no caller, no checks. Idempotent. */
    @Transactional
    public void ensure(Account account, Organisation organisation, Team team) {
        Account managed = em.merge(account);
        boolean exists = of(managed.getId()).stream().anyMatch(s -> s.getOrganisation().equals(organisation)
                && (team == null ? s.getTeam() == null : team.equals(s.getTeam())));
        if (!exists) {
            em.persist(new ManagerScope(managed, em.merge(organisation), team == null ? null : em.merge(team), clock.instant(), null));
            roles.grantManager(managed);
        }
    }

    @Transactional
    public void revoke(long scopeId) {
        ManagerScope scope = em.find(ManagerScope.class, scopeId);
        if (scope == null) {
            throw new NotFoundException("organisation.manager.notFound");
        }
        access.requireOrganisation(scope.getOrganisation());
        Account account = scope.getAccount();
        em.remove(scope);
        em.flush();
        roles.revokeManagerIfNoScopes(account, of(account.getId()).size());
        audit.record(account.getId(), scope.getOrganisation().getId(), "MANAGER_REVOKED", describe(scope));
    }

    public List<ManagerScope> of(long accountId) {
        return em.createNamedQuery(ManagerScope.OF_ACCOUNT, ManagerScope.class).setParameter("account", accountId).getResultList();
    }

    /** The caller's own scopes: what appears on "My teams". */
    public List<ManagerScope> mine() {
        return of(caller.id());
    }

    /** Managers within an organisation, for its page. */
    public List<ManagerScope> within(Organisation organisation) {
        access.requireOrganisation(organisation);
        return em.createQuery("select s from ManagerScope s join fetch s.account left join fetch s.team"
                + " where s.organisation = :o order by s.account.displayName", ManagerScope.class)
                .setParameter("o", organisation).getResultList();
    }

    private static String describe(ManagerScope scope) {
        return scope.getTeam() == null ? "whole organisation " + scope.getOrganisation().getName()
                : "team " + scope.getTeam().getName() + " of " + scope.getOrganisation().getName();
    }
}
