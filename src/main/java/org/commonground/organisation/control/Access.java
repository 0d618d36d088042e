package org.commonground.organisation.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.identity.boundary.Caller;
import org.commonground.organisation.entity.ManagerScope;
import org.commonground.organisation.entity.Membership;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.AccessDeniedException;

/** What the caller may see and manage: administrators everything, managers their scopes ({@link ScopeRules}). */
@RequestScoped
public class Access {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    private List<ScopeRules.Grant> grants;

    public List<ScopeRules.Grant> grants() {
        if (grants == null) {
            grants = caller.accountId().map(id -> em.createNamedQuery(ManagerScope.OF_ACCOUNT, ManagerScope.class)
                    .setParameter("account", id).getResultList().stream()
                    .map(s -> new ScopeRules.Grant(s.getOrganisation().getId(), s.getTeam() == null ? null : s.getTeam().getId()))
                    .toList()).orElse(List.of());
        }
        return grants;
    }

    public boolean managesOrganisation(Organisation organisation) {
        return caller.isAdmin() || ScopeRules.managesOrganisation(grants(), organisation.getId());
    }

    public boolean managesTeam(Team team) {
        return caller.isAdmin() || ScopeRules.managesTeam(grants(), team.getOrganisation().getId(), team.getId());
    }

    public boolean canSee(Membership membership) {
        if (caller.isAdmin()) {
            return true;
        }
        Set<Long> teams = membership.getTeams().stream().map(Team::getId).collect(Collectors.toSet());
        return ScopeRules.canSeeMember(grants(), membership.getOrganisation().getId(), teams, membership.isActive());
    }

    public void requireOrganisation(Organisation organisation) {
        if (!managesOrganisation(organisation)) {
            throw new AccessDeniedException();
        }
    }

    public void requireTeam(Team team) {
        if (!managesTeam(team)) {
            throw new AccessDeniedException();
        }
    }

    public void requireSee(Membership membership) {
        if (!canSee(membership)) {
            throw new AccessDeniedException();
        }
    }
}
