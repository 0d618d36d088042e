package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/** A team's page for its managers: who is in it now; a leaver's membership can be ended. */
@Named
@RequestScoped
public class TeamBacking {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    @Param(name = "team")
    private String team;
    private Team loaded;
    private List<Organisations.Member> members;

    public void load() {
        getTeamEntity();
    }

    public Team getTeamEntity() {
        if (loaded == null) {
            loaded = organisations.openTeam(team);
        }
        return loaded;
    }

    public List<Organisations.Member> getMembers() {
        if (members == null) {
            members = organisations.teamMembers(getTeamEntity());
        }
        return members;
    }

    public void endMembership(long membershipId) {
        try {
            memberships.end(membershipId);
            Messages.info("organisation.membership.ended");
            Redirect.to("/organisation/team.xhtml?team=" + team);
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
