package org.commonground.organisation.control;

import java.util.Collection;
import java.util.Set;

/**
 * Who a manager may see and manage, from their scopes alone. A scope with no team
 * covers the whole organisation; a team scope covers that team's current members.
 * People who have left are seen by nobody but administrators.
 */
public final class ScopeRules {

    /** One scope: an organisation, and a team within it or none for the whole organisation. */
    public record Grant(long organisationId, Long teamId) {
    }

    private ScopeRules() {
    }

    public static boolean managesOrganisation(Collection<Grant> grants, long organisationId) {
        return grants.stream().anyMatch(g -> g.organisationId() == organisationId && g.teamId() == null);
    }

    public static boolean managesTeam(Collection<Grant> grants, long organisationId, long teamId) {
        return managesOrganisation(grants, organisationId)
                || grants.stream().anyMatch(g -> g.organisationId() == organisationId && g.teamId() != null && g.teamId() == teamId);
    }

    public static boolean canSeeMember(Collection<Grant> grants, long organisationId, Set<Long> memberTeams, boolean active) {
        if (!active) {
            return false;
        }
        return managesOrganisation(grants, organisationId)
                || memberTeams.stream().anyMatch(team -> managesTeam(grants, organisationId, team));
    }
}
